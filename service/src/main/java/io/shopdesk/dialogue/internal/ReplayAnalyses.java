package io.shopdesk.dialogue.internal;

import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.NlpPipeline;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The analyses of the recorded messages the dialogue's reload gate replays, each worked out once: the language
 * pipeline costs far more than the rules, and a reload replays the same messages against the candidate and the live
 * version, and again at the next reload. The messages are analysed without the stages the decisions were recorded
 * without ({@code shopdesk.dialogue.replay-without-stages}, CoreNLP), so that a replay reads them as the recording did,
 * loaded or not. Only an analysis made with every other stage ready is kept (one made while a model still loads lacks
 * what it adds). Bounded by the messages of the recorded file; an analysis made
 * with an intent model since replaced is kept (both versions a reload compares read the same one). One per service
 * (the rules' gate and the word lists' replay share it). Thread-safe.
 */
@org.springframework.stereotype.Component
public final class ReplayAnalyses {
    private final NlpPipeline nlp;
    private final Set<String> skipped;
    private final Map<String, Analysis> analysed = new ConcurrentHashMap<>();

    /** The service's: the dialogue's reload gate and the word lists' replay share its analyses. */
    @org.springframework.beans.factory.annotation.Autowired
    public ReplayAnalyses(NlpPipeline nlp, io.shopdesk.dialogue.DialogueSettings settings) {
        this(nlp, settings.replayWithoutStages());
    }

    /** @param skipped the stages the recorded decisions were made without */
    public ReplayAnalyses(NlpPipeline nlp, Set<String> skipped) {
        this.nlp = nlp;
        this.skipped = Set.copyOf(skipped);
    }

    /** Whether every stage a replay reads has its model loaded. */
    public boolean ready() {
        return nlp.readyWithout(skipped);
    }

    /** The analysis of {@code text}, the message as the shopper typed it. */
    public Analysis of(String text) {
        Analysis known = analysed.get(text);
        if (known != null) {
            return known;
        }
        boolean ready = ready();
        Analysis analysis = nlp.analyse(text, skipped);
        if (ready) {
            analysed.put(text, analysis);
        }
        return analysis;
    }
}
