package io.shopdesk.chat;

import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.Entity;
import io.shopdesk.nlp.IntentPrediction;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The analysis as clients see it in JSON: language, intent with top 3, entities with spans, stage timings. */
public record AnalysisView(String language, boolean mixedLanguage, IntentView intent, List<Entity> entities,
                           List<TokenView> tokens, Map<String, Double> stageMillis) {

    public record IntentView(String name, double confidence, boolean outOfScope, List<IntentPrediction.ScoredIntent> top) {
    }

    public record TokenView(String text, String pos, int start, int end) {
    }

    public static AnalysisView of(Analysis analysis) {
        IntentPrediction intent = analysis.intent();
        IntentView intentView = intent == null ? null
                : new IntentView(intent.name(), round(intent.confidence()), intent.outOfScope(),
                intent.top().stream().map(t -> new IntentPrediction.ScoredIntent(t.name(), round(t.confidence()))).toList());
        return new AnalysisView(analysis.language().code(), analysis.mixedLanguage(), intentView, analysis.entities(),
                analysis.tokens().stream().map(t -> new TokenView(t.text(), t.pos(), t.start(), t.end())).toList(),
                analysis.stageNanos().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        e -> Math.round(e.getValue() / 1000.0) / 1000.0)));
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
