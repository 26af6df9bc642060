package io.shopdesk.risk.internal;

import io.shopdesk.risk.RiskSettings;
import io.shopdesk.ruleengine.RuleEngine;
import io.shopdesk.ruleengine.RuleVersion;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Marks published the drafts that went live although their row still says open: the service was killed after the
 * reload recorded the draft's version (with its origin, {@link RuleDraft#origin}) and before the draft's row was
 * updated, and the start-up finished the publish from its journal ({@link io.shopdesk.ruleengine.PublishJournal}).
 * Without it such a draft would look open and refuse a publish as stale. Runs once when the service is ready; reads
 * the history's origins, so it changes nothing when none names an open draft. Thread-safe (stateless).
 */
@Component
class InterruptedPublishes {
    private static final Logger log = LoggerFactory.getLogger(InterruptedPublishes.class);
    /** {@link RuleDraft#origin}: names hold no comma nor colon; an unnamed key is {@code officer:} and 8 hex digits. */
    private static final Pattern ORIGIN = Pattern.compile(
            "draft (\\d+) proposed by [^,]+, published by (officer:[0-9a-f]{8}|[^:]+): .*", Pattern.DOTALL);

    private final RuleEngine rules;
    private final RuleDraftRepository drafts;
    private final RiskSettings settings;

    InterruptedPublishes(RuleEngine rules, RuleDraftRepository drafts, RiskSettings settings) {
        this.rules = rules;
        this.drafts = drafts;
        this.settings = settings;
    }

    /** Returns the ids of the drafts it marked published. */
    @EventListener(ApplicationReadyEvent.class)
    List<Long> settle() {
        List<RuleVersion> history;
        try {
            history = rules.history(settings.ruleSet());
        } catch (RuntimeException e) {
            log.warn("Cannot read the rule history to settle interrupted publishes: {}", e.toString());
            return List.of();
        }
        return history.stream().flatMap(entry -> settle(entry).stream()).toList();
    }

    private List<Long> settle(RuleVersion entry) {
        Matcher origin = entry.origin() == null ? null : ORIGIN.matcher(entry.origin());
        if (origin == null || !origin.matches()) {
            return List.of();
        }
        long id = Long.parseLong(origin.group(1));
        return drafts.find(id).filter(d -> RuleDraft.OPEN.equals(d.status())).map(d -> {
            drafts.published(id, origin.group(2), entry.liveSince(), entry.version());
            log.warn("Draft {} went live as version {} at {} before a crash; marked published by {}", id,
                    entry.version(), entry.liveSince(), origin.group(2));
            return List.of(id);
        }).orElse(List.of());
    }
}
