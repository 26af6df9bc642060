package io.shopdesk.dialogue.internal;

import io.shopdesk.dialogue.DialogueSettings;
import io.shopdesk.nlp.NlpPipeline;
import io.shopdesk.ruleengine.RuleEngine;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Has the dialogue files found on disk at start-up replayed against {@code gate/decisions.yml} once the language
 * models are ready ({@link RuleEngine#checkDeferred}): a loop or a broken answer edited in while the service was down
 * went live unchecked before stop 30, and every shopper it reached got the rule-error fallback. Until then the last
 * version that went live serves (or, on a database without one, the files on disk). It waits on a thread of its own
 * so that start-up does not; after {@link #MODELS_WAIT} it replays with what is loaded (a model that never loads must
 * not leave the files unchecked for ever). Not while the service only records the decisions
 * ({@code shopdesk.dialogue.record-decisions}), nor with {@code shopdesk.dialogue.replay-at-start-up=false}.
 * Thread-safe: one thread, started once.
 */
@Component
class StartUpReplay {
    private static final Logger log = LoggerFactory.getLogger(StartUpReplay.class);
    /** How long the replay waits for the language models; CoreNLP takes up to a few minutes on a loaded machine. */
    static final Duration MODELS_WAIT = Duration.ofMinutes(10);

    private final DialogueSettings settings;
    private final RuleEngine rules;
    private final NlpPipeline nlp;
    private final boolean recording;

    StartUpReplay(DialogueSettings settings, RuleEngine rules, NlpPipeline nlp,
                  @Value("${shopdesk.dialogue.record-decisions:}") String recordDecisions) {
        this.settings = settings;
        this.rules = rules;
        this.nlp = nlp;
        this.recording = !recordDecisions.isBlank();
    }

    @EventListener(ApplicationReadyEvent.class)
    void serviceReady() {
        if (!settings.replayAtStartUp() || recording) {
            return;
        }
        Thread.ofPlatform().daemon().name("dialogue-start-up-replay").start(this::replayWhenModelsReady);
    }

    private void replayWhenModelsReady() {
        Instant deadline = Instant.now().plus(MODELS_WAIT);
        try {
            while (!nlp.ready() && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (!nlp.ready()) {
            log.warn("The language models are not all ready after {}: the dialogue files on disk are replayed with what "
                    + "is loaded", MODELS_WAIT);
        }
        try {
            rules.checkDeferred(settings.ruleSet());
        } catch (RuntimeException e) {
            // The engine closed (the service stopping) or the rule set is gone: nothing waits for this thread.
            log.warn("The start-up replay of the dialogue rules did not run: {}", e.toString());
        }
    }
}
