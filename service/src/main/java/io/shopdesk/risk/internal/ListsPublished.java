package io.shopdesk.risk.internal;

/**
 * Published when a draft that changed a list ({@code lists/*.csv}) went live, so that the service's lists are read
 * again at once rather than at the watcher's next poll, and the versions read are kept with who published them.
 * Immutable.
 *
 * @param origin the publish's origin as the history records it ({@code draft 9 proposed by Li Wei, published by …})
 * @param files  the list files it changed, by file name ({@code blocked-devices.csv})
 */
public record ListsPublished(long draftId, String origin, java.util.Set<String> files) {
}
