package io.shopdesk.risk.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The risk API's own, short security filter chain. Its callers (the checkout, the risk console) authenticate with an
 * API key ({@link RiskApiKeyInterceptor}), carry no cookie session and never log in, so the console's chain (form
 * login, CSRF, sessions, request cache, anonymous user, authorization rules) did nothing for them but cost about a
 * tenth of a decision's CPU over HTTP (JFR under load). This chain keeps the security headers and the request
 * firewall and nothing else. Stateless and thread-safe.
 */
@Configuration(proxyBeanMethods = false)
class RiskApiSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain riskApiFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(RiskApiObservations.RISK_API + "**")
                .csrf(c -> c.disable())
                .logout(l -> l.disable())
                .requestCache(r -> r.disable())
                .anonymous(a -> a.disable())
                .servletApi(s -> s.disable())
                .securityContext(s -> s.disable())
                .sessionManagement(s -> s.disable())
                .exceptionHandling(e -> e.disable())
                .build();
    }
}
