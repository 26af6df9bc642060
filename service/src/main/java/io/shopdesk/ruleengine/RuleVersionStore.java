package io.shopdesk.ruleengine;

import io.shopdesk.ruleengine.internal.InMemoryRuleVersionStore;
import java.util.List;
import java.util.Optional;

/**
 * Where every version of a rule set that went live is kept, so that the history, the rollback targets and the
 * last good version survive a restart. The service keeps them in its database (table {@code rule_versions});
 * command-line tools and unit tests keep them in memory ({@link #inMemory()}). Implementations are thread-safe.
 */
public interface RuleVersionStore {

    /** The latest {@code limit} versions of a rule set, oldest first. */
    List<RuleVersion> versions(String ruleSet, int limit);

    /** Records a version that just went live. */
    void add(String ruleSet, RuleVersion version);

    /** The version that went live last, if any. */
    default Optional<RuleVersion> latest(String ruleSet) {
        List<RuleVersion> last = versions(ruleSet, 1);
        return last.isEmpty() ? Optional.empty() : Optional.of(last.getLast());
    }

    /** A store that forgets everything when the process ends, keeping the last 100 versions per rule set. */
    static RuleVersionStore inMemory() {
        return new InMemoryRuleVersionStore(100);
    }
}
