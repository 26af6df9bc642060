package io.shopdesk.risk.internal;

import io.shopdesk.risk.RiskSettings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Only callers holding a configured API key ({@code X-Api-Key}) reach {@code /api/risk/**}: the checkout and the
 * risk console, never a shopper's browser session. Keys are compared in constant time.
 */
@Configuration
class RiskApiKeyInterceptor implements HandlerInterceptor, WebMvcConfigurer {
    static final String HEADER = "X-Api-Key";

    private final RiskSettings settings;

    RiskApiKeyInterceptor(RiskSettings settings) {
        this.settings = settings;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/risk/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        String key = request.getHeader(HEADER);
        if (key != null && settings.apiKeys().stream().anyMatch(k -> MessageDigest.isEqual(
                k.getBytes(StandardCharsets.UTF_8), key.getBytes(StandardCharsets.UTF_8)))) {
            return true;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/json");
        response.getWriter().write("{\"error\":\"unauthorized\",\"message\":\"send a valid " + HEADER + " header\"}");
        return false;
    }
}
