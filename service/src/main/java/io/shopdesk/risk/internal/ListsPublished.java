package io.shopdesk.risk.internal;

/**
 * Published when a draft that changed a list ({@code lists/*.csv}) went live, so that the service's lists are read
 * again at once rather than at the watcher's next poll. Immutable.
 */
public record ListsPublished(long draftId) {
}
