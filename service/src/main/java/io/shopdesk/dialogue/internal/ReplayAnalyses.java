package io.shopdesk.dialogue.internal;

import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.NlpPipeline;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The analyses of the recorded messages the dialogue's reload gate replays, each worked out once: the language
 * pipeline costs far more than the rules, and a reload replays the same messages against the candidate and the live
 * version, and again at the next reload. Only an analysis made with every stage ready is kept (one made while CoreNLP
 * or the intent model still loads lacks what they add). Bounded by the messages of the recorded file; an analysis made
 * with an intent model since replaced is kept (both versions a reload compares read the same one). Thread-safe.
 */
public final class ReplayAnalyses {
    private final NlpPipeline nlp;
    private final Map<String, Analysis> analysed = new ConcurrentHashMap<>();

    public ReplayAnalyses(NlpPipeline nlp) {
        this.nlp = nlp;
    }

    /** The analysis of {@code text}, the message as the shopper typed it. */
    public Analysis of(String text) {
        Analysis known = analysed.get(text);
        if (known != null) {
            return known;
        }
        boolean ready = nlp.ready();
        Analysis analysis = nlp.analyse(text);
        if (ready) {
            analysed.put(text, analysis);
        }
        return analysis;
    }
}
