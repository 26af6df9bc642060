package io.shopdesk.recommendation;

import io.shopdesk.nlp.Analysis;
import io.shopdesk.recommendation.internal.AskedSize;
import io.shopdesk.recommendation.internal.CardComparison;
import io.shopdesk.recommendation.internal.CatalogueSelection;
import io.shopdesk.recommendation.internal.InteractionRepository;
import io.shopdesk.recommendation.internal.NamedProductQuestion;
import io.shopdesk.recommendation.internal.NamedProducts;
import io.shopdesk.recommendation.internal.PointedKind;
import io.shopdesk.recommendation.internal.ProductFollowUps;
import io.shopdesk.recommendation.internal.RecommendationTexts;
import io.shopdesk.recommendation.internal.ShownCardMessage;
import io.shopdesk.recommendation.internal.ShownCardQuestion;
import io.shopdesk.recommendation.internal.ValueNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Questions about the cards a conversation was last shown (第二个有货吗, "how much is the scarf?", 第二个和第三个哪个好),
 * from reading the message to the answer: which cards those are now, what the message asks of them, the similar
 * products in stock for a card sold out, and the answer, remembered so that 它多少钱 or 第三个呢 next follow on. Apart
 * from {@link RecommendationService}, which answers requests for products, because these answers show no new
 * products but facts of the ones shown. Thread-safe: the conversations' memory ({@link ProductFollowUps}) is; a call's
 * state is local.
 */
final class ShownCardAnswers {
    private static final java.util.regex.Pattern BLACK_FRIDAY = java.util.regex.Pattern.compile("\\bblack friday\\b");
    private final ProductFollowUps followUps;
    private final CandidateSupplier candidates;
    /** The shoppers' own ratings, which a comparison of cards tells ("which is better?"). */
    private final InteractionRepository interactions;
    private final RecommendationSettings settings;

    ShownCardAnswers(ProductFollowUps followUps, CandidateSupplier candidates, InteractionRepository interactions,
                     RecommendationSettings settings) {
        this.followUps = followUps;
        this.candidates = candidates;
        this.interactions = interactions;
        this.settings = settings;
    }

    /** The cards the conversation was last shown, in their order, as the catalogue has them now. */
    List<Product> shownProducts(String conversationId, ProductCatalogue catalogue) {
        return followUps.shownCards(conversationId).stream().map(catalogue::find).flatMap(Optional::stream).toList();
    }

    /**
     * What the message asks about the cards {@code shown}, or empty when it asks nothing about them; with none shown,
     * a question about a card by place (第一个容量多大), which is answered that there is no such card.
     */
    Optional<ShownCardMessage> message(String conversationId, Analysis analysis, List<Product> shown,
                                       CatalogueInService served) {
        // A colour asked for: a word of attributes.csv (黑色, "gray"), else the name of a colour the products have (酒红色).
        ValueNames names = served.valueNames();
        UnaryOperator<String> colourIn = sentence -> {
            // "Black Friday" names a sale day, no colour: "will the StormShield jacket be cheaper on Black Friday?" got
            // "it comes in navy, not in black".
            String lower = BLACK_FRIDAY.matcher(ShownCardQuestion.normalise(sentence)).replaceAll(" ");
            return Optional.ofNullable(served.parser().attributesIn(lower).get("color"))
                    .or(() -> Optional.ofNullable(names.valueNamed("color", lower)))
                    .or(() -> Optional.ofNullable(names.valueNamed("shade", lower))).orElse(null);
        };
        NamedProducts.Named named = namedInstead(analysis, shown, served);
        if (!named.none()) {
            // "how long is the cashmere scarf?": asked of the product named as of a card shown, whatever cards were.
            return NamedProductQuestion.of(analysis.text(), named, colourIn, served.attributeQuestions());
        }
        return ShownCardMessage.of(analysis.text(), shown, followUps.discussed(conversationId),
                followUps.lastQuestion(conversationId), followUps.lastAttributes(conversationId), colourIn,
                served.attributeQuestions());
    }

    /**
     * The catalogue products the message names by name ({@link NamedProducts}: "the cashmere scarf", 羊绒围巾) when they
     * are not all among the cards shown: a question about them is about those products; none otherwise (a card shown
     * named by its name is that card, in its place).
     */
    private static NamedProducts.Named namedInstead(Analysis analysis, List<Product> shown, CatalogueInService served) {
        NamedProducts.Named named = served.namedProducts().in(ShownCardQuestion.normalise(analysis.text()));
        if (named.none() && shown.isEmpty()) {
            // 那个口红多少钱 with no card shown: the few lipsticks are what 那个 points at (PointedKind).
            named = PointedKind.in(analysis, served.catalogue(), served.parser()::isWholeCategoryWord);
            if (named.none()) {
                // 你们家的羽绒服保暖吗: each of the shop's few down jackets is answered (PointedKind.ofTheShop).
                named = PointedKind.ofTheShop(analysis, served.catalogue(), served.parser()::isWholeCategoryWord,
                        served.attributeQuestions());
            }
        }
        return shown.containsAll(named.products()) ? NamedProducts.Named.NONE : named;
    }

    /**
     * The answer to questions about the cards shown, with those cards (and similar ones in stock when the one card
     * asked about is sold out), or to a comparison of them; remembered so that "它多少钱" or "第三个呢" next follow on
     * from the card last asked about (after "which one is cheaper?", the cheaper one).
     */
    ProductSuggestions answer(RecommendationRequest request, ShownCardMessage asked, List<Product> shown,
                              RecommendationRules.Outcome outcome, CatalogueInService served,
                              RecommendationTexts texts, String ruleSetVersion) {
        ShownCardReplies replies = new ShownCardReplies(texts, served.valueNames(), settings, served.catalogue(),
                ruleSetVersion, request.language(), AskedSize.in(ShownCardQuestion.normalise(request.analysis().text())));
        String conversation = request.conversationId();
        NamedProducts.Named named = namedInstead(request.analysis(), shown, served);
        if (!named.none()) {
            // The products named are the cards of this answer: "it" / 它 next is the one asked about (or, when the name
            // fits several, "the second one" is the second of them).
            shown = named.products();
            Product first = shown.getFirst();
            followUps.remember(conversation, new ProductQuery(first.category(), null, Map.of(), null, first.sku()),
                    CatalogueSelection.Relaxed.NONE, shown.stream().collect(Collectors.toMap(Product::sku, Product::price,
                            (a, b) -> a, LinkedHashMap::new)));
        }
        ProductSuggestions answer = answerAbout(request, asked, shown, outcome, served, ruleSetVersion, replies, !named.none());
        return named.none() ? answer : withNamed(answer, named);
    }

    /** The answer about {@code shown}, the cards shown or the products named ({@code named}), remembered for "it" next. */
    private ProductSuggestions answerAbout(RecommendationRequest request, ShownCardMessage asked, List<Product> shown,
                                           RecommendationRules.Outcome outcome, CatalogueInService served,
                                           String ruleSetVersion, ShownCardReplies replies, boolean named) {
        String conversation = request.conversationId();
        if (named && asked.comparison() == null && asked.questions().size() == 1
                && !asked.questions().getFirst().aboutACard()) {
            // "how much are the TrailPeak shoes?": the name fits several products; which one, with their cards.
            return replies.whichNamed(shown, outcome.decision());
        }
        if (asked.comparison() != null) {
            CardComparison comparison = asked.comparison();
            List<String> compared = comparison.positions().stream().map(at -> shown.get(at - 1).sku()).toList();
            CardComparisonReplies.Signals signals = comparison.aspect() != CardComparison.Aspect.BETTER
                    ? CardComparisonReplies.Signals.NONE
                    : new CardComparisonReplies.Signals(compared.stream().collect(Collectors.toMap(sku -> sku,
                    served.recommender()::shoppersOf)), interactions.ratingsOf(compared), followUps.wantedColour(conversation));
            ProductSuggestions answer = new CardComparisonReplies(replies, served.valueNames(), ruleSetVersion,
                    request.language()).answer(comparison, shown, outcome.decision(), signals);
            if (comparison.clear()) {
                followUps.compared(conversation, CardComparisonReplies.pointedTo(comparison, shown));
            }
            return answer;
        }
        ProductSuggestions answer = replies.answer(asked.questions(), shown, outcome.decision(), outcome.accepted());
        ShownCardQuestion last = asked.questions().getLast();
        if (last.aboutACard()) {
            // Similar products shown for a card sold out are then the cards shown; several cards asked about keep their
            // places. After the same asked of every card, "it" means none of them; "第二个呢" asks it of the second.
            followUps.discussed(conversation, asked.everyCard(shown.size()) ? null : last.sku(), last.questions().getLast(),
                    last.askedColour(), last.attributes(),
                    asked.oneCard() ? answer.cards().stream().map(ProductCard::sku).toList() : List.of());
        }
        return answer;
    }

    /** The answer with the products the message named, for the agent's view ({@code reason.named}). */
    private static ProductSuggestions withNamed(ProductSuggestions answer, NamedProducts.Named named) {
        Map<String, Object> reason = new LinkedHashMap<>(answer.reason());
        reason.put("named", named.products().stream().map(Product::sku).toList());
        return new ProductSuggestions(answer.text(), answer.cards(), reason);
    }

    /**
     * For a card sold out, the candidates similar to it (its category, ranked from it by the models) that were not among
     * the cards shown; none otherwise.
     */
    RecommendationRules.Supply similarToSoldOut(ShopperRecommender serving, RecommendationDecision decision,
                                                ShownCardMessage asked, List<Product> shown,
                                                RecommendationRequest request) {
        ShownCardQuestion card = asked.oneCard() ? asked.questions().getFirst() : null;
        Product product = card != null && card.aboutACard() ? serving.catalogue().find(card.sku()).orElse(null) : null;
        if (product == null || product.inStock()) {
            return new RecommendationRules.Supply(List.of(), null, CatalogueSelection.Relaxed.NONE);
        }
        ProductQuery like = new ProductQuery(product.category(), null, Map.of(), null, product.sku());
        return candidates.supply(serving, decision, like, request, new ProductFollowUps.Refinement(like, null, null,
                shown.stream().map(Product::sku).collect(Collectors.toSet())));
    }
}
