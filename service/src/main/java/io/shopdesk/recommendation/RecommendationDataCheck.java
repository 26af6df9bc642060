package io.shopdesk.recommendation;

import io.shopdesk.recommendation.internal.RecommendationTexts;
import java.nio.file.Path;
import java.util.List;

/**
 * The offline check of the data files the recommendation rules read beside them, for
 * {@code rules check rules/recommendation}: the card texts of both languages ({@code texts-<lang>.properties}), read
 * by the reader the service runs, so a file this check passes is one the service takes. Stateless and thread-safe.
 */
public final class RecommendationDataCheck {
    private RecommendationDataCheck() {
    }

    /** One line per text file of {@code ruleFolder} the service could not read; empty when both read. */
    public static List<String> problems(Path ruleFolder) {
        return RecommendationTexts.problems(ruleFolder);
    }
}
