package io.shopdesk.dialogue.internal;

import io.shopdesk.dialogue.DialogueService;
import io.shopdesk.dialogue.DialogueSettings;
import io.shopdesk.nlp.NlpPipeline;
import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.RuleEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The command that records the dialogue's decisions for its reload gate: started with
 * {@code --shopdesk.dialogue.record-decisions=FILE}, the service waits for its language models, records the live
 * dialogue rules' decisions for every scenario ({@link DecisionRecorder}) into {@code FILE}, and exits (status 0, or 1
 * when the rules loop or fail on a message). Without the setting it does nothing. It needs the whole service (the
 * language pipeline, the FAQ, the demo shop's orders), so it is a run of the service, not a {@code rules} command.
 */
@Component
class DecisionRecording implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DecisionRecording.class);
    private static final Duration MODELS_WAIT = Duration.ofMinutes(10);

    private final String target;
    private final DialogueService dialogue;
    private final DialogueSettings settings;
    private final RuleEngine rules;
    private final NlpPipeline nlp;
    private final ConfigurableApplicationContext context;

    DecisionRecording(@Value("${shopdesk.dialogue.record-decisions:}") String target, DialogueService dialogue,
                      DialogueSettings settings, RuleEngine rules, NlpPipeline nlp, ConfigurableApplicationContext context) {
        this.target = target;
        this.dialogue = dialogue;
        this.settings = settings;
        this.rules = rules;
        this.nlp = nlp;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        if (target.isBlank()) {
            return;
        }
        Instant deadline = Instant.now().plus(MODELS_WAIT);
        while (!nlp.readyWithout(settings.replayWithoutStages()) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        int status = 0;
        try {
            CompiledRuleSet live = rules.ruleSet(settings.ruleSet());
            long start = System.nanoTime();
            List<RecordedDecisions.Conversation> recorded = new DecisionRecorder(dialogue, new ReplayAnalyses(nlp, settings.replayWithoutStages()))
                    .record(live, rules.folder(settings.ruleSet()).resolve("scenarios"));
            RecordedDecisions.write(Path.of(target), recorded);
            log.info("Recorded the decisions of version {} for {} conversations ({} messages) into {} in {} ms",
                    live.version(), recorded.size(), recorded.stream().mapToInt(c -> c.turns().size()).sum(), target,
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            log.error("Recording the dialogue decisions failed: {}", e.getMessage(), e);
            status = 1;
        }
        int exit = status;
        System.exit(SpringApplication.exit(context, () -> exit));
    }
}
