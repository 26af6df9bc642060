package io.shopdesk.risk.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a risk API handler that only a risk officer's key may call: it changes what decides (the rollback), or reads
 * what the checkout's key may not (every stored decision). The key check reads it from the handler Spring matched,
 * not from the request's path: a path can be spelt many ways ({@code /api/risk/%72ules/rollback}) that all route to
 * the same handler.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface RiskOfficerOnly {

    /** What the handler does, for the 403 a caller's key gets: "{value} needs a risk officer's key". */
    String value();
}
