package io.shopdesk.risk.internal;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationPredicate;
import io.micrometer.observation.ObservationView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * Turns Spring Security's observations off for the risk API. They time every security filter of every request, and
 * on {@code /api/risk/**}, which authenticates with its own API key, they were a measurable share of a decision's CPU
 * under load (JFR) while telling nothing the {@code http.server.requests} timer does not. The console and the rest
 * keep them. Stateless and thread-safe.
 */
@Configuration(proxyBeanMethods = false)
class RiskApiObservations {
    static final String RISK_API = "/api/risk/";

    @Bean
    ObservationPredicate noSecurityObservationsOnTheRiskApi() {
        return (name, context) -> !(name.startsWith("spring.security.") && onRiskApi(context));
    }

    /** Walks up to the HTTP request's observation (the security ones nest under it) and checks its path. */
    static boolean onRiskApi(Observation.Context context) {
        for (ObservationView at = context.getParentObservation(); at != null;
                at = at.getContextView() instanceof Observation.Context c ? c.getParentObservation() : null) {
            if (at.getContextView() instanceof ServerRequestObservationContext request) {
                return request.getCarrier().getRequestURI().startsWith(RISK_API);
            }
        }
        return false;
    }
}
