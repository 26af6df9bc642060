package io.shopdesk.risk.internal;

import io.shopdesk.risk.RiskDecision;
import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.RuleDescription;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * How often each rule fired over a window of stored decisions, how those decisions ended, when it last fired, and
 * which rules of the live rule set did not fire at all, told apart by whether requests of their kind came
 * ({@link RuleKinds}): a dead rule fired for none of them (a typo in a condition, a list nobody fills, a threshold no
 * payment reaches); a rule without traffic had none to fire for (the financing rules in a window without a financing
 * application, or a rule newer than the window's requests: only those decided by a version that had the rule count,
 * {@link VersionRuleNames}). A rule that fired for none of too few requests ({@link RuleActivitySettings#deadAfterDecisions})
 * is neither: it is listed with how many it could have fired for, not yet dead (on a fresh database, seven payments
 * made some forty rules "dead"). Counted by rule name, so decisions made by an older version of the rules count under the name they
 * fired with; a rule fired in the window but no longer in the live set is listed with {@code live: false}. Each live
 * rule carries a readable label: a decision table's rows, which Drools names {@code ScorecardRenter} or
 * {@code FinancingScorecard_10}, read as their table, row and condition ({@link RuleDescription}).
 *
 * <p>The database does the heavy part: it groups the window's decisions by their fired-rules list, kind and
 * decision, which is a few hundred groups for tens of thousands of decisions (the same rules fire together), and only
 * those groups are read and split into rules here. Waits for the audit rows already decided
 * ({@link DecisionAuditWriter#flush}), so a decision counts as soon as it is returned. Thread-safe.
 */
@Component
class RuleActivity {
    private static final TypeReference<List<String>> NAMES = new TypeReference<>() { };
    private static final List<String> OUTCOMES = List.of(RiskDecision.APPROVE, RiskDecision.REVIEW, RiskDecision.DECLINE);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final DecisionAuditWriter audit;
    private final VersionRuleNames versionRules;
    private final int deadAfter;

    RuleActivity(JdbcClient jdbc, JsonMapper json, DecisionAuditWriter audit, VersionRuleNames versionRules,
                 RuleActivitySettings settings) {
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.versionRules = versionRules;
        this.deadAfter = settings.deadAfterDecisions();
    }

    /**
     * One rule's activity.
     *
     * @param decisions decisions it fired in (once per decision, however often it fired in one)
     * @param share     {@code decisions} over every decision in the window, 0-1, four decimals
     * @param outcomes  those decisions by how they ended: APPROVE, REVIEW, DECLINE
     * @param label     the live rule's readable name ({@link RuleDetail#label}); the name itself for a rule no longer
     *                  live
     * @param kind      the requests it fires for ({@link RuleKinds}); null for a rule no longer live
     * @param live      whether the live rule set has a rule of this name
     */
    record RuleStats(String rule, String label, String kind, long decisions, double share, Map<String, Long> outcomes,
                     Instant lastFired, boolean live) {
    }

    /**
     * What a live rule is, for a reader.
     *
     * @param label    its name, or for a decision table's row the table, row and condition:
     *                 {@code FinancingScorecard row 10 (Housing: rent)}
     * @param kind     {@code payment}, {@code financing} or {@code any}: the requests it can fire for
     * @param file     the rule file it comes from (null when Drools does not say)
     * @param tableRow a decision table row's spreadsheet row; null for a DRL rule
     */
    record RuleDetail(String label, String kind, String file, Integer tableRow) {
    }

    /**
     * A live rule that fired in none of the window's requests it could have fired for, too few of them to call it dead.
     *
     * @param decisions the requests it could have fired for: of its kind, decided by a version that had it (1 or more)
     * @param needed    how many it takes to call it dead ({@link RuleActivitySettings#deadAfterDecisions})
     */
    record TooFewDecisions(String rule, long decisions, int needed) {
    }

    /**
     * @param liveVersion    null when the rule set serves no version (then the rule lists are empty: nothing to compare)
     * @param deadRules      rules of the live set that fired in no decision of the window although requests of their
     *                       kind came (any request, for a rule of kind {@code any}), by name
     * @param deadAfterDecisions how many requests a rule must have had the chance to fire for before it is dead
     * @param notEnoughDecisions rules of the live set that fired in no decision although requests of their kind came,
     *                       fewer than {@code deadAfterDecisions}: not dead yet, each with how many came, by name
     * @param noTrafficRules rules of the live set that fired in no decision because no request of their kind came in
     *                       the window (no financing decision, say), or none was decided by a version that had the
     *                       rule (one published after the window's requests): not dead, untested
     * @param ruleDetails    every live rule's label, kind, file and table row, by name
     */
    record Report(String liveVersion, int hours, Instant since, Instant until, long decisions,
                  Map<String, Long> byDecision, Map<String, Long> byKind, List<RuleStats> rules, List<String> deadRules,
                  int deadAfterDecisions, List<TooFewDecisions> notEnoughDecisions, List<String> noTrafficRules,
                  Map<String, RuleDetail> ruleDetails) {
    }

    /** The activity of {@code live}'s rules (null: none serves) over decisions made at or after since, before until. */
    Report report(CompiledRuleSet live, LookBack window, Instant until) {
        audit.flush();
        Instant since = window.since(until);
        Map<String, Counts> byRule = new HashMap<>();
        Map<String, Long> byDecision = zeroes(OUTCOMES);
        Map<String, Long> byKind = zeroes(List.of("payment", "financing"));
        long[] total = {0};
        jdbc.sql("""
                        SELECT CAST(fired_rules AS VARCHAR) AS fired, kind, decision, count(*), max(created_at)
                        FROM risk_decisions WHERE created_at >= :since AND created_at < :until
                        GROUP BY CAST(fired_rules AS VARCHAR), kind, decision""")
                .param("since", Timestamp.from(since)).param("until", Timestamp.from(until))
                .query((java.sql.ResultSet rs) -> {
                    String decision = rs.getString(3);
                    long count = rs.getLong(4);
                    Instant last = rs.getTimestamp(5).toInstant();
                    total[0] += count;
                    byDecision.merge(decision, count, Long::sum);
                    byKind.merge(rs.getString(2), count, Long::sum);
                    for (String rule : names(rs.getString(1))) {
                        byRule.computeIfAbsent(rule, r -> new Counts()).add(decision, count, last);
                    }
                });
        Map<String, RuleDetail> details = details(live);
        List<RuleStats> rules = new ArrayList<>();
        byRule.forEach((rule, c) -> {
            RuleDetail d = details.get(rule);
            rules.add(new RuleStats(rule, d == null ? rule : d.label(), d == null ? null : d.kind(), c.decisions,
                    share(c.decisions, total[0]), c.outcomes, c.last, d != null));
        });
        rules.sort(Comparator.comparingLong(RuleStats::decisions).reversed().thenComparing(RuleStats::rule));
        List<String> dead = new ArrayList<>();
        List<TooFewDecisions> tooFew = new ArrayList<>();
        List<String> noTraffic = new ArrayList<>();
        Traffic traffic = traffic(live, since, until);
        details.forEach((rule, d) -> {
            if (!byRule.containsKey(rule)) {
                long chances = traffic.of(rule, d.kind());
                if (chances == 0) {
                    noTraffic.add(rule);
                } else if (chances < deadAfter) {
                    tooFew.add(new TooFewDecisions(rule, chances, deadAfter));
                } else {
                    dead.add(rule);
                }
            }
        });
        return new Report(live == null ? null : live.version(), window.hours(), since, until, total[0], byDecision,
                byKind, rules, dead, deadAfter, tooFew, noTraffic, details);
    }

    /**
     * The window's decisions by the rule-set version that made them and their kind, with the rules of each version
     * that {@link VersionRuleNames} can tell.
     */
    private Traffic traffic(CompiledRuleSet live, Instant since, Instant until) {
        Map<String, Map<String, Long>> byVersion = new HashMap<>();
        jdbc.sql("""
                        SELECT rule_set_version, kind, count(*) FROM risk_decisions
                        WHERE created_at >= :since AND created_at < :until GROUP BY rule_set_version, kind""")
                .param("since", Timestamp.from(since)).param("until", Timestamp.from(until))
                .query((java.sql.ResultSet rs) -> {
                    byVersion.computeIfAbsent(rs.getString(1), v -> new HashMap<>()).merge(rs.getString(2), rs.getLong(3),
                            Long::sum);
                });
        versionRules.remember(live);
        return new Traffic(byVersion, versionRules.of(byVersion.keySet()));
    }

    /**
     * How many of the window's requests a rule could have fired for: those of its kind (any, for a rule of kind
     * {@code any}) decided by a version that had it, or whose rules are not known (counted, as a version of old was).
     */
    private record Traffic(Map<String, Map<String, Long>> byVersion, Map<String, Set<String>> rulesByVersion) {
        long of(String rule, String kind) {
            long count = 0;
            for (var version : byVersion.entrySet()) {
                Set<String> had = rulesByVersion.get(version.getKey());
                if (had == null || had.contains(rule)) {
                    count += RuleKinds.ANY.equals(kind)
                            ? version.getValue().values().stream().mapToLong(Long::longValue).sum()
                            : version.getValue().getOrDefault(kind, 0L);
                }
            }
            return count;
        }
    }

    /** The live rules' details by name, sorted by name; none when no version serves. */
    private static Map<String, RuleDetail> details(CompiledRuleSet live) {
        Map<String, RuleDetail> details = new TreeMap<>();
        if (live != null) {
            for (RuleDescription rule : live.descriptions()) {
                details.put(rule.name(), new RuleDetail(rule.label(), RuleKinds.of(rule), rule.file(), rule.tableRow()));
            }
        }
        return details;
    }

    /** A decision's fired rules, each once; a list that does not read (edited by hand) counts as none. */
    private Set<String> names(String fired) {
        try {
            return new LinkedHashSet<>(json.readValue(fired, NAMES));
        } catch (JacksonException | IllegalArgumentException e) {
            return Set.of();
        }
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }

    private static Map<String, Long> zeroes(List<String> keys) {
        Map<String, Long> map = new LinkedHashMap<>();
        keys.forEach(k -> map.put(k, 0L));
        return map;
    }

    /** One rule's running counts while the groups are read. */
    private static final class Counts {
        final Map<String, Long> outcomes = zeroes(OUTCOMES);
        long decisions;
        Instant last;

        void add(String decision, long count, Instant at) {
            decisions += count;
            outcomes.merge(decision, count, Long::sum);
            last = last == null || at.isAfter(last) ? at : last;
        }
    }
}
