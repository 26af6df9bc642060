package io.shopdesk.risk.internal;

import io.shopdesk.ruleengine.RuleProblem;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A change of the risk rule set's files proposed by a risk officer: the full new text of each changed file and the
 * files to delete, by path relative to the rule set's folder ({@code payments.drl}, {@code lists/blocked-devices.csv},
 * {@code scenarios/payments.yml}), made against the live version {@code baseVersion} when each file read as
 * {@code baseFiles} says (null: absent). Publishing refuses it when either has moved since, so nobody overwrites a
 * colleague's change. Immutable.
 *
 * @param status    {@code open}; {@code published} (then {@code publishedVersion} is the version that went live);
 *                  {@code refused} (the reload gate refused it at publish: {@code problems} say why)
 */
record RuleDraft(long id, String ruleSet, String baseVersion, Map<String, String> changes, List<String> deletions,
                 Map<String, String> baseFiles, String reason, String proposedBy, Instant proposedAt, String status,
                 String publishedBy, Instant publishedAt, String publishedVersion, List<RuleProblem> problems) {

    static final String OPEN = "open";
    static final String PUBLISHED = "published";
    static final String REFUSED = "refused";

    RuleDraft {
        changes = Collections.unmodifiableMap(new TreeMap<>(changes));
        deletions = List.copyOf(deletions);
        // Null values (a file absent at the base) are kept: Map.copyOf would refuse them.
        baseFiles = Collections.unmodifiableMap(new TreeMap<>(baseFiles));
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** Every path the draft writes or deletes. */
    List<String> paths() {
        var paths = new java.util.TreeSet<>(changes.keySet());
        paths.addAll(deletions);
        return List.copyOf(paths);
    }

    /** What the history records as the version's origin. */
    String origin(String publisher) {
        String origin = "draft " + id + " proposed by " + proposedBy + ", published by " + publisher + ": " + reason;
        // The column holds 500 characters; the draft keeps the whole reason.
        return origin.length() <= 500 ? origin : origin.substring(0, 499) + "…";
    }
}
