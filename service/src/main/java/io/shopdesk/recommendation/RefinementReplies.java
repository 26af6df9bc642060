package io.shopdesk.recommendation;

import io.shopdesk.nlp.Language;
import io.shopdesk.recommendation.internal.AskedQuality;
import io.shopdesk.recommendation.internal.RecommendationTexts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The words of the replies to a follow-up that asks the cards shown for a quality ("something warmer", 有轻一点的吗) or
 * for someone else ("something for a man instead", 有没有适合男生的), and to one that says nothing the cards can be
 * refined by: kept apart from {@link ProductReplies}, which words every other products reply. One instance per turn;
 * not shared between threads.
 */
final class RefinementReplies {
    private final RecommendationTexts texts;
    private final Language language;

    RefinementReplies(RecommendationTexts texts, Language language) {
        this.texts = texts;
        this.language = language;
    }

    /**
     * The reply without cards to a quality asked of the cards, when there is one: the catalogue does not list the
     * measure ("any lighter ones?" after headphones, whose weight it does not give), a size is asked for (大一点的
     * after jackets), or nothing within the request has the quality. Empty when there are cards to show.
     */
    Optional<String> withoutCards(AskedQuality quality, boolean noCards) {
        Map<String, String> named = Map.of("quality", quality.quality().name(language));
        return switch (quality.answer()) {
            case NOT_LISTED -> Optional.of(texts.text(language, "quality.not-listed", named));
            case ASK_SIZE -> Optional.of(texts.text(language, "quality.size", named));
            case SELECT -> noCards ? Optional.of(texts.text(language, quality.requested() ? "no-quality.request"
                    : "no-quality", named)) : Optional.empty();
        };
    }

    /** The line above the cards with the quality, before the line that says which price they came closest to, if any. */
    String intro(AskedQuality quality, String relaxedIntro) {
        Map<String, String> named = Map.of("quality", quality.quality().name(language));
        String suffix = quality.requested() ? ".request" : "";
        return relaxedIntro == null ? texts.text(language, "intro.quality" + suffix, named)
                : texts.text(language, "quality.note" + suffix, named) + (language == Language.ZH ? "" : " ") + relaxedIntro;
    }

    /**
     * The line above the cards for someone new ("for a man instead") when none of them is made for any group: the
     * products suit anyone, which the shopper should hear rather than see the same cards under the usual line.
     */
    Optional<String> forAnyone(String newRecipient, List<Product> cards) {
        if (newRecipient == null || cards.isEmpty() || cards.stream().anyMatch(card -> card.audience() != null)) {
            return Optional.empty();
        }
        return Optional.of(texts.text(language, "intro.for-anyone",
                Map.of("recipient", texts.text(language, "recipient." + newRecipient, Map.of()))));
    }

    /** "Something nicer?" after cards: what would they like changed, with no cards. */
    ProductSuggestions askWhatToChange(RecommendationDecision decision, String ruleSetVersion) {
        Map<String, Object> reason = new LinkedHashMap<>();
        reason.put("rule", decision.getRule());
        reason.put("ruleSetVersion", ruleSetVersion);
        reason.put("askWhatToChange", true);
        return new ProductSuggestions(texts.text(language, "follow-up.what", Map.of()), List.of(), reason);
    }

    /** What the reason tells the agent of the quality asked: its name, and the attribute and value compared with. */
    static Map<String, Object> reason(AskedQuality quality) {
        Map<String, Object> reason = new LinkedHashMap<>();
        reason.put("quality", quality.quality().name());
        reason.put("qualityAnswer", quality.answer().name().toLowerCase(java.util.Locale.ROOT));
        if (quality.attribute() != null) {
            reason.put("qualityAttribute", quality.attribute());
            reason.put("qualityThan", quality.bound());
        }
        return reason;
    }
}
