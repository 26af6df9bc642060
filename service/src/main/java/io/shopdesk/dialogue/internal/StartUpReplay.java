package io.shopdesk.dialogue.internal;

import io.shopdesk.dialogue.DialogueService;
import io.shopdesk.dialogue.DialogueSettings;
import io.shopdesk.nlp.NlpPipeline;
import io.shopdesk.ruleengine.RuleEngine;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Has the dialogue files found on disk at start-up replayed against {@code gate/decisions.yml} as soon as the language
 * stages the recorded decisions depend on are ready ({@link RuleEngine#checkDeferred}): a loop or a broken answer
 * edited in while the service was down went live unchecked before stop 30, and every shopper it reached got the
 * rule-error fallback. Until then the last version that went live serves (or, on a database without one, the files on
 * disk). The decisions are recorded and replayed without CoreNLP ({@code shopdesk.dialogue.replay-without-stages}), so
 * the replay does not wait for its minutes of loading, as it did until stop 31 (a deploy's rules went live up to ten
 * minutes late); every other stage is ready when the service is. It waits on a thread of its own so that start-up
 * does not; after {@link #MODELS_WAIT} it replays with what is loaded (a model that never loads must not leave the
 * files unchecked for ever). The replay itself runs on the dialogue rule set's own reload lane, so it delays no other
 * rule set's reload. Then the word lists on disk, when they are not those accepted last, are replayed with the rules
 * that serve ({@link DialogueService#checkWordListsDeferred}, on this thread): until stop 32 they went live unreplayed. Not while the service only records the decisions
 * ({@code shopdesk.dialogue.record-decisions}), nor with {@code shopdesk.dialogue.replay-at-start-up=false}.
 * Thread-safe: one thread, started once.
 */
@Component
class StartUpReplay {
    private static final Logger log = LoggerFactory.getLogger(StartUpReplay.class);
    /** How long the replay waits for the language stages it reads (not CoreNLP): a model that never loads. */
    static final Duration MODELS_WAIT = Duration.ofMinutes(10);

    private final DialogueSettings settings;
    private final RuleEngine rules;
    private final NlpPipeline nlp;
    private final boolean recording;
    private final Runnable wordLists;

    @Autowired
    StartUpReplay(DialogueSettings settings, RuleEngine rules, NlpPipeline nlp,
                  @Value("${shopdesk.dialogue.record-decisions:}") String recordDecisions,
                  ObjectProvider<DialogueService> dialogue) {
        this(settings, rules, nlp, recordDecisions, () -> dialogue.getObject().checkWordListsDeferred());
    }

    /** @param wordLists checks the word lists on disk once the rules' check ran ({@link DialogueService#checkWordListsDeferred}) */
    StartUpReplay(DialogueSettings settings, RuleEngine rules, NlpPipeline nlp, String recordDecisions,
                  Runnable wordLists) {
        this.settings = settings;
        this.rules = rules;
        this.nlp = nlp;
        this.recording = !recordDecisions.isBlank();
        this.wordLists = wordLists;
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
            while (!modelsReady() && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (!modelsReady()) {
            log.warn("The language models are not all ready after {}: the dialogue files on disk are replayed with what "
                    + "is loaded", MODELS_WAIT);
        }
        log.info("Replaying the dialogue files on disk at start-up (the stages they need are ready; CoreNLP {})",
                nlp.ready() ? "too" : "still loads and is not waited for");
        try {
            rules.checkDeferred(settings.ruleSet());
        } catch (RuntimeException e) {
            // The engine closed (the service stopping) or the rule set is gone: nothing waits for this thread.
            log.warn("The start-up replay of the dialogue rules did not run: {}", e.toString());
        }
        // After the rules: the lists are replayed with the rules that serve once their own check is done.
        try {
            wordLists.run();
        } catch (RuntimeException e) {
            log.warn("The start-up replay of the dialogue word lists did not run: {}", e.toString());
        }
    }

    private boolean modelsReady() {
        return nlp.readyWithout(settings.replayWithoutStages());
    }
}
