package io.shopdesk.dialogue.internal;

import io.shopdesk.dialogue.Decision;
import io.shopdesk.dialogue.DialogueService;
import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.RuleLoopException;
import java.util.function.Consumer;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires the dialogue rules for one decision within the firing limit ({@code shopdesk.dialogue.max-rule-firings}), and
 * says what a loop means: for a shopper's turn a fallback, for a gate's replay a refusal. Apart from
 * {@link DialogueService} so that the service gathers facts and composes replies, and this owns the rules' run.
 * Thread-safe: it keeps no state; each call fires a session of its own.
 */
public final class DialogueRules {
    /** The dialogue service's logger: where operators already look for a turn's rule errors. */
    private static final Logger log = LoggerFactory.getLogger(DialogueService.class);

    private final int maxRuleFirings;

    public DialogueRules(int maxRuleFirings) {
        this.maxRuleFirings = maxRuleFirings;
    }

    /**
     * Fires {@code ruleSet} over the facts {@code facts} inserts and {@code decision}. Rules that loop do not hang the
     * shopper's turn: the error names them in the log and the turn is decided as a fallback
     * ({@code fallback.rule_error}: "something went wrong on my side ... type agent"), which counts towards the
     * fallbacks that hand the chat to a person, so the conversation goes on and its message is kept. A replay
     * ({@code replay}) throws the loop instead: the gate refuses the version.
     */
    public Decision decide(CompiledRuleSet ruleSet, Decision decision, boolean replay, Consumer<KieSession> facts) {
        try {
            ruleSet.fire(maxRuleFirings, session -> {
                facts.accept(session);
                session.insert(decision);
            });
            return decision;
        } catch (RuleLoopException loop) {
            if (replay) {
                throw loop;
            }
            log.error("Dialogue rules {} looped (version {}); the turn falls back: {}", loop.loopingRules(),
                    ruleSet.version(), loop.getMessage());
            Decision fallback = new Decision();
            fallback.decide("fallback", DialogueService.RULE_ERROR, String.join(", ", loop.loopingRules()));
            return fallback;
        }
    }
}
