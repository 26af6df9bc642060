package io.shopdesk.risk.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The risk API's own, short security filter chain, and no observation of security filter chains.
 *
 * <p>The chain: its callers (the checkout, the risk console) authenticate with an
 * API key ({@link RiskApiKeyInterceptor}), carry no cookie session and never log in, so the console's chain (form
 * login, CSRF, sessions, request cache, anonymous user, authorization rules) did nothing for them but cost about a
 * tenth of a decision's CPU over HTTP (JFR under load). This chain keeps the security headers and the request
 * firewall and nothing else.
 *
 * <p>The observations: with them on, Spring Security wraps every filter of the matched chain in an observing filter
 * on every request (the largest source of allocations per decision after the rules themselves, JFR) and times each
 * filter. This is one setting for the whole application (Spring Security has no per-chain switch), so the console
 * loses its {@code spring.security.filterchains} timers too; its login (authentication) and access (authorization)
 * observations stay, and every request is still timed by {@code http.server.requests}. Stateless and thread-safe.
 */
@Configuration(proxyBeanMethods = false)
class RiskApiSecurity {

    @Bean
    SecurityObservationSettings noSecurityFilterChainObservations() {
        return SecurityObservationSettings.withDefaults().shouldObserveRequests(false).build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain riskApiFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/risk/**")
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
