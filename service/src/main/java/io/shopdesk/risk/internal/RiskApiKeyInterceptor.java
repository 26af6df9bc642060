package io.shopdesk.risk.internal;

import io.shopdesk.risk.RiskSettings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Only callers holding a configured API key ({@code X-Api-Key}) reach {@code /api/risk/**}: the checkout and the
 * risk console, never a shopper's browser session. A handler marked {@link RiskOfficerOnly} (the rollback, the list
 * of stored decisions) needs a risk officer's key: the checkout's key, which sits on many servers, cannot change what
 * decides nor page through every decision; the 403 says which of them the caller tried. Which handler that is comes from Spring's own routing (the handler it matched on the decoded path),
 * never from the raw request URI, which a client can spell differently ({@code /api/risk/%72ules/rollback}) and
 * still reach the same handler. Keys are compared in constant time. Stateless and thread-safe.
 */
@Configuration
class RiskApiKeyInterceptor implements HandlerInterceptor, WebMvcConfigurer {
    static final String HEADER = "X-Api-Key";

    private final RiskSettings settings;
    private final OfficerIdentity officers;

    RiskApiKeyInterceptor(RiskSettings settings, OfficerIdentity officers) {
        this.settings = settings;
        this.officers = officers;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/risk/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        String key = request.getHeader(HEADER);
        boolean officer = officers.isOfficer(key);
        RiskOfficerOnly officerOnly = officerOnly(handler);
        if (officerOnly != null) {
            if (officer) {
                return true;
            }
            if (holds(settings.apiKeys(), key)) {
                return refuse(response, HttpServletResponse.SC_FORBIDDEN, "forbidden",
                        officerOnly.value() + " needs a risk officer's key (shopdesk.risk.officers or officer-keys)");
            }
        } else if (officer || holds(settings.apiKeys(), key)) {
            return true;
        }
        return refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", "send a valid " + HEADER + " header");
    }

    private static RiskOfficerOnly officerOnly(Object handler) {
        return handler instanceof HandlerMethod method ? method.getMethodAnnotation(RiskOfficerOnly.class) : null;
    }

    private static boolean holds(java.util.List<String> keys, String key) {
        return key != null && keys.stream().anyMatch(k -> MessageDigest.isEqual(
                k.getBytes(StandardCharsets.UTF_8), key.getBytes(StandardCharsets.UTF_8)));
    }

    private static boolean refuse(HttpServletResponse response, int status, String error, String message)
            throws java.io.IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.getWriter().write("{\"error\":\"" + error + "\",\"message\":\"" + message + "\"}");
        return false;
    }
}
