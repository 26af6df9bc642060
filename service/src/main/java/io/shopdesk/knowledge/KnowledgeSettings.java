package io.shopdesk.knowledge;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param source       the {@code knowledge-base/} folder ({@code faq/faq-<lang>.yml}, {@code synonyms/synonyms-<lang>.txt})
 * @param minCoverage  the calibrated minimum: below it no answer is given (see {@link KbHit#coverage()})
 * @param maxHits      how many entries a search returns
 * @param pollInterval how often the folder is checked for edits
 */
@ConfigurationProperties("shopdesk.knowledge")
public record KnowledgeSettings(
        @DefaultValue("knowledge-base") Path source,
        @DefaultValue("0.6") double minCoverage,
        @DefaultValue("5") int maxHits,
        @DefaultValue("2s") Duration pollInterval) {
}
