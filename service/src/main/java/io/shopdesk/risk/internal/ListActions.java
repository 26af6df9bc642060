package io.shopdesk.risk.internal;

import io.shopdesk.risk.RiskSettings;
import io.shopdesk.risk.StoredDecision;
import io.shopdesk.ruleengine.RuleEngine;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Component;

/**
 * "Block this device" and its kin from a decision's page: the decision's device, IP, card or customer is added to
 * (or removed from) a list as a draft that is published at once through the same path as any draft, reload gate
 * included. The reason goes into the list file beside the value and into the draft's record. Thread-safe.
 */
@Component
class ListActions {
    /** Each list and the request field whose value it holds. */
    static final Map<String, String> FIELDS = Map.of("blocked-devices", "deviceId", "blocked-ips", "ip",
            "blocked-cards", "cardFingerprint", "allowed-customers", "customerId");

    private final RiskDecisionRepository decisions;
    private final DecisionAuditWriter audit;
    private final DraftFiles files;
    private final RuleDrafts drafts;
    private final RuleEngine rules;
    private final RiskSettings settings;
    private final Clock clock;

    ListActions(RiskDecisionRepository decisions, DecisionAuditWriter audit, DraftFiles files, RuleDrafts drafts,
                RuleEngine rules, RiskSettings settings, Clock clock) {
        this.decisions = decisions;
        this.audit = audit;
        this.files = files;
        this.drafts = drafts;
        this.rules = rules;
        this.settings = settings;
        this.clock = clock;
    }

    /** Add to a list ({@code add}) or take off it ({@code remove}), and why. */
    record Request(String list, String action, String reason) {
    }

    /** A list, the decision's value for it (null when the request had none) and whether the list holds it now. */
    record Listed(String list, String field, String value, boolean listed) {
    }

    /** The lists the decision's values could go on, in a fixed order, and whether each is on its list now. */
    List<Listed> listed(String decisionId) {
        Map<String, Object> input = input(decisionId);
        List<Listed> listed = new ArrayList<>();
        for (String list : List.of("blocked-devices", "blocked-ips", "blocked-cards", "allowed-customers")) {
            String value = value(input, FIELDS.get(list));
            listed.add(new Listed(list, FIELDS.get(list), value,
                    value != null && ListEntries.holds(files.current(path(list)), value)));
        }
        return listed;
    }

    /**
     * Publishes the list change.
     *
     * @throws NoSuchElementException for an unknown decision
     * @throws DecisionQuery.Invalid  for a bad request, a value the decision lacks, one already (or not) listed
     */
    RuleDrafts.Publication apply(String decisionId, Request request, String officer) {
        Map<String, Object> input = input(decisionId);
        Map<String, String> errors = new LinkedHashMap<>();
        String list = request == null ? null : request.list();
        String action = request == null ? null : request.action();
        String reason = request == null || request.reason() == null ? "" : ListEntries.oneLine(request.reason());
        if (list == null || !FIELDS.containsKey(list)) {
            errors.put("list", "one of " + String.join(", ", FIELDS.keySet().stream().sorted().toList()));
        }
        if (!"add".equals(action) && !"remove".equals(action)) {
            errors.put("action", "add or remove");
        }
        if (reason.isEmpty()) {
            errors.put("reason", "required: why (kept in the list file beside the value)");
        } else if (reason.length() > RuleDrafts.MAX_REASON - 80) {
            errors.put("reason", "at most " + (RuleDrafts.MAX_REASON - 80) + " characters");
        }
        String value = errors.containsKey("list") ? null : value(input, FIELDS.get(list));
        if (!errors.containsKey("list") && value == null) {
            errors.put("list", "decision " + decisionId + " has no " + FIELDS.get(list));
        } else if (value != null && (value.contains(",") || value.startsWith("#"))) {
            errors.put("list", FIELDS.get(list) + " '" + value + "' cannot be written to a list file");
        }
        if (!errors.isEmpty()) {
            throw new DecisionQuery.Invalid(errors);
        }
        String text = files.current(path(list));
        boolean holds = ListEntries.holds(text, value);
        if ("add".equals(action) == holds) {
            throw new DecisionQuery.Invalid(Map.of("action", value + (holds ? " is on " : " is not on ") + list + " already"));
        }
        String note = LocalDate.now(clock.withZone(ZoneOffset.UTC)) + " " + officer + ": " + reason
                + " (decision " + decisionId + ")";
        String changed = "add".equals(action) ? ListEntries.add(text, value, note) : ListEntries.remove(text, value);
        String why = ("add".equals(action) ? "add " : "remove ") + value + ("add".equals(action) ? " to " : " from ")
                + list + " (decision " + decisionId + "): " + reason;
        RuleDraft draft = drafts.propose(new RuleDrafts.Proposal(rules.ruleSet(settings.ruleSet()).version(),
                Map.of(path(list), changed), List.of(), why), officer);
        return drafts.publish(draft.id(), officer);
    }

    private Map<String, Object> input(String decisionId) {
        // The audit row of a decision just returned may still be queued: without this, "Block this device" right
        // after a payment answered 404 (RuleDraftsIT, under load).
        audit.flush();
        return decisions.find(decisionId).map(StoredDecision::input)
                .orElseThrow(() -> new NoSuchElementException("No decision " + decisionId));
    }

    private static String value(Map<String, Object> input, String field) {
        Object value = input == null ? null : input.get(field);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    private static String path(String list) {
        return DraftFiles.LISTS + list + ".csv";
    }
}
