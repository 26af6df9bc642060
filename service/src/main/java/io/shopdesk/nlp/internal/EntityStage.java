package io.shopdesk.nlp.internal;

import io.shopdesk.nlp.Annotations;
import io.shopdesk.nlp.Entity;
import io.shopdesk.nlp.Key;
import io.shopdesk.nlp.Keys;
import io.shopdesk.nlp.Stage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Collects the message's entities: order ids (ShopDesk's and the shop's own, {@link OrderNumberPatterns}), phones, money,
 * dates and instalment terms from patterns, plus the person,
 * place and organisation names an earlier stage found. Where two overlap, a pattern match wins over a name (the
 * segmenter can read 五下的单 in 上周五下的单 as a place); otherwise the longer, then the earlier found, wins, so
 * {@code SD10000001} is an order id and not a phone fragment. Thread-safe.
 */
@Component
public class EntityStage implements Stage {
    private final Clock clock;
    private final OrderNumberPatterns orderNumbers;

    /** With ShopDesk's own order numbers only ({@code SD12345678}). */
    public EntityStage(Clock clock) {
        this(clock, OrderNumberPatterns.none());
    }

    /** With the shop's own order numbers besides ({@code nlp-models/order-numbers.yml}). */
    @org.springframework.beans.factory.annotation.Autowired
    public EntityStage(Clock clock, OrderNumberPatterns orderNumbers) {
        this.clock = clock;
        this.orderNumbers = orderNumbers;
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(Keys.LANGUAGE, Keys.TOKENS);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Keys.ENTITIES);
    }

    @Override
    public void process(Annotations annotations) {
        String text = annotations.text();
        List<Entity> candidates = new ArrayList<>();
        // The shop's own order numbers first: among overlapping pattern matches of one length, the first found wins.
        orderNumbers.find(text).forEach(m -> candidates.add(new Entity(Entity.ORDER_ID, text.substring(m.start(), m.end()),
                m.start(), m.end(), m.orderId(), "pattern-order-number")));
        candidates.addAll(PatternEntityExtractor.extract(text));
        candidates.addAll(DateExtractor.extract(text, LocalDate.now(clock)));
        candidates.addAll(InstalmentTermExtractor.extract(text));
        candidates.addAll(annotations.getOrDefault(Keys.NAMED_ENTITIES, List.of()));
        annotations.put(Keys.ENTITIES, resolveOverlaps(candidates));
    }

    /** Keeps patterns before names, then the longest of overlapping entities; the result is ordered by position. */
    static List<Entity> resolveOverlaps(List<Entity> candidates) {
        List<Entity> byPriority = new ArrayList<>(candidates);
        // Patterns are exact by construction; names come from a statistical tagger and may swallow a date or amount.
        byPriority.sort(Comparator.comparing((Entity e) -> !e.source().startsWith("pattern"))
                .thenComparing(Comparator.comparingInt((Entity e) -> e.end() - e.start()).reversed()));
        List<Entity> kept = new ArrayList<>();
        for (Entity candidate : byPriority) {
            if (kept.stream().noneMatch(candidate::overlaps)) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Entity::start));
        return kept;
    }
}
