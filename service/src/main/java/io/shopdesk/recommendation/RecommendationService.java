package io.shopdesk.recommendation;

import io.shopdesk.recommendation.internal.AvailabilityQuestion;
import io.shopdesk.recommendation.internal.InteractionRepository;
import io.shopdesk.recommendation.internal.ProductFollowUps;
import io.shopdesk.recommendation.internal.RecommendationTexts;
import io.shopdesk.recommendation.internal.ShownCardMessage;
import io.shopdesk.risk.RiskService;
import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.RuleLoopException;
import io.shopdesk.ruleengine.RuleEngine;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Product suggestions for a conversation turn. The recommendation rules decide whether this is the moment (never
 * during a complaint or an escalation) and, once candidates are in, which may be shown and with instalments; the
 * models (item-cf, mf, popularity) propose the candidates from the message's filters. Thread-safe: the catalogue, the
 * models over it and the words read beside it are one immutable {@link CatalogueInService}, swapped whole by
 * {@link LiveCatalogue} when the catalogue folder changes and read once per call; a call's state is local.
 * <p>
 * This class reads the turn and fires the rules; {@link LiveCatalogue} reads the catalogue, the models and the texts
 * (and again when they change), {@link CandidateSupplier} asks the models (and the risk engine) for the candidates,
 * {@link ProductReplies} words the reply, {@link ShownCardAnswers} answers questions about the cards just shown, and
 * {@link ShownCardsMemory} remembers what was shown for the next message.
 */
@Service
@EnableConfigurationProperties(RecommendationSettings.class)
public class RecommendationService implements SmartInitializingSingleton, AutoCloseable {
    /** The source of a decision to answer about a card shown (rule AnswerAboutShownCard). */
    private static final String SHOWN = "shown";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RecommendationService.class);

    private final RecommendationSettings settings;
    private final RuleEngine rules;
    /** The catalogue, the models over it, its words and the card texts, read once per call. */
    private final LiveCatalogue live;
    /** Each conversation's last query shown, for "any cheaper ones?" and "in black?". */
    private final ProductFollowUps followUps = new ProductFollowUps();
    private final CandidateSupplier candidates;
    private final ShownCardAnswers shownCards;
    private final ShownCardsMemory shownCardsMemory;

    public RecommendationService(RecommendationSettings settings, RuleEngine rules, InteractionRepository interactions,
                                 ObjectProvider<RiskService> risk) {
        this.settings = settings;
        this.rules = rules;
        this.candidates = new CandidateSupplier(settings.maxCards(), risk);
        this.shownCards = new ShownCardAnswers(followUps, candidates, interactions, settings);
        this.shownCardsMemory = new ShownCardsMemory(followUps, settings.maxCards());
        this.live = new LiveCatalogue(settings, rules.folder(settings.ruleSet()), interactions);
    }

    /**
     * Reads the catalogue file and the attribute words again and serves them with the same models; a file that cannot
     * be read is logged with its line and the catalogue in service stays.
     *
     * @return whether the new catalogue is in service
     */
    public boolean reloadCatalogue() {
        return live.reload();
    }

    /** Fails start-up when the configured rule set does not exist, once the rule engine has compiled. */
    @Override
    public void afterSingletonsInstantiated() {
        rules.ruleSet(settings.ruleSet());
    }

    @PreDestroy
    @Override
    public void close() {
        live.close();
    }

    public ProductCatalogue catalogue() {
        return live.serving().catalogue();
    }

    /**
     * Whether the message asks for a kind of product some catalogue product is, in words no category word covers ("a
     * watch", "do you have watches?", 有没有卖手表的: the watches are in two categories): the dialogue then takes it
     * for a shopping request, as it does a category word, rather than declining it as off-topic.
     */
    public boolean namesProductKind(io.shopdesk.nlp.Analysis analysis) {
        CatalogueInService serving = live.serving();
        return AvailabilityQuestion.of(analysis, serving.catalogue(), serving.parser()::isAttributeWord).carried()
                || serving.devices().in(analysis.text()).map(d -> AvailabilityQuestion.ofDevice(d, serving.catalogue()))
                .filter(AvailabilityQuestion::carried).isPresent();
    }

    /**
     * What the message says is wrong with a product the shopper has ({@code problem-words.csv}): the dialogue takes a
     * fault ("the mug arrived broken", 收到的围巾有破洞) as a report of a faulty item, to be answered for its order.
     */
    public ProductProblem productProblem(String text) {
        return live.serving().parser().productProblem(text);
    }

    /**
     * Of the products a shopper named ({@link ProductMention#in}), those none of an order's items is, by the catalogue's
     * names and tags ({@link ProductMention#isAmong}): "the beanie" of an order of a jacket and a scarf. {@code itemNamesEn}:
     * the order's items by their English names (as order items carry them). Empty when every one is among them, and
     * when an item is not in the catalogue (what it is cannot be told).
     */
    public List<ProductMention> notAmong(List<ProductMention> named, List<String> itemNamesEn) {
        if (named.isEmpty()) {
            return List.of();
        }
        CatalogueInService serving = live.serving();
        List<Product> items = new ArrayList<>();
        for (String name : itemNamesEn) {
            Optional<Product> item = serving.catalogue().byName(name);
            if (item.isEmpty()) {
                return List.of();
            }
            items.add(item.get());
        }
        return named.stream()
                .filter(m -> !m.isAmong(items, serving.catalogue(), serving.parser()::isWholeCategoryWord))
                .toList();
    }

    /**
     * Whether the message asks about the product cards the conversation was last shown ("第二个有货吗", "how much is the
     * scarf?", "第二个和第三个哪个好"; {@link ShownCardMessage}): the dialogue then leaves the answer to the
     * recommendation rules rather than the FAQ.
     */
    public boolean asksAboutShownCard(String conversationId, io.shopdesk.nlp.Analysis analysis) {
        return shownCardMessage(conversationId, analysis).isPresent();
    }

    /**
     * Whether every sentence of the message asks about the cards last shown (第一个多少钱？有货吗？, or a comparison):
     * the dialogue then answers it whole, in one reply about the cards, rather than as several questions.
     */
    public boolean asksOnlyAboutShownCards(String conversationId, io.shopdesk.nlp.Analysis analysis) {
        return shownCardMessage(conversationId, analysis).map(ShownCardMessage::whole).orElse(false);
    }

    /**
     * The one card just shown the message points at (第一个, "the laptop", 它 after a card was discussed), as the catalogue
     * has it now; empty when it points at none or at several. The dialogue quotes instalments for it ("第一个分12期每月多少").
     */
    public Optional<Product> cardPointedAt(String conversationId, io.shopdesk.nlp.Analysis analysis) {
        CatalogueInService serving = live.serving();
        return shownCardMessage(conversationId, analysis)
                .filter(ShownCardMessage::oneCard)
                .map(message -> message.questions().getFirst())
                .filter(question -> question.aboutACard() && question.sku() != null)
                .flatMap(question -> serving.catalogue().find(question.sku()));
    }

    /**
     * The card of the cards last shown that a question naming none is about: the card last discussed, else the only
     * card shown that is no accessory (a laptop shown with a sleeve); empty when no card or several could be meant.
     * The dialogue quotes instalments for it when the shopper asks for a term next ("12 months").
     */
    public Optional<Product> cardInView(String conversationId) {
        ProductCatalogue catalogue = live.serving().catalogue();
        String discussed = followUps.discussed(conversationId);
        if (discussed != null) {
            return catalogue.find(discussed);
        }
        List<Product> main = shownCards.shownProducts(conversationId, catalogue).stream()
                .filter(product -> !product.isAccessory()).toList();
        return main.size() == 1 ? Optional.of(main.getFirst()) : Optional.empty();
    }

    /**
     * For a replay of a recorded conversation (the dialogue's reload gate and its recording, which ask for no products
     * reply): remembers that {@code conversationId} was shown {@code skus}, in order, as a products reply showing them
     * does. A new set of cards ({@code aboutShownCards} false) is what "the second one" means next; after an answer
     * about the cards shown (true) those keep their places and, when it showed one card, that one is what "it" means
     * next. SKUs the catalogue does not have are left out.
     */
    public void replayShown(String conversationId, List<String> skus, boolean aboutShownCards) {
        shownCardsMemory.replayed(conversationId, skus, aboutShownCards, live.serving().catalogue());
    }

    private Optional<ShownCardMessage> shownCardMessage(String conversationId, io.shopdesk.nlp.Analysis analysis) {
        CatalogueInService serving = live.serving();
        return shownCards.message(conversationId, analysis,
                shownCards.shownProducts(conversationId, serving.catalogue()), serving);
    }

    /** The products reply for this turn, or empty when the rules say not now or nothing fits. */
    public Optional<ProductSuggestions> recommend(RecommendationRequest request) {
        CatalogueInService serving = live.serving();
        RecommendationTexts texts = live.texts();
        ProductCatalogue catalogue = serving.catalogue();
        ProductTurn read = ProductTurn.read(request, serving, shownCards, followUps);
        List<Product> lastShown = read.lastShown();
        Optional<ShownCardMessage> aboutCard = read.aboutCard();
        Optional<ProductFollowUps.Refinement> refined = read.refined();
        ProductQuery query = read.query();
        RecoTurn turn = read.turn();
        ShopperSituation situation = ShopperSituation.of(request);
        CompiledRuleSet ruleSet = rules.ruleSet(settings.ruleSet());
        ShopperRecommender recommender = serving.recommender();
        RecommendationRules.Supply[] supplied = {null};
        RecommendationRules.Outcome outcome;
        try {
            outcome = RecommendationRules.decide(ruleSet, settings.maxRuleFirings(), turn, situation, decision -> {
                supplied[0] = SHOWN.equals(decision.getSource())
                        ? shownCards.similarToSoldOut(recommender, decision, aboutCard.orElseThrow(), lastShown, request)
                        : candidates.supply(recommender, decision, query, request, refined.orElse(null));
                return supplied[0];
            });
        } catch (RuleLoopException loop) {
            // No cards rather than a hung turn: the dialogue answers as it would without the recommendation.
            LOG.error("Recommendation rules {} looped; no cards this turn: {}", loop.loopingRules(), loop.getMessage());
            return Optional.empty();
        }
        RecommendationDecision decision = outcome.decision();
        if (decision.isRecommend() && SHOWN.equals(decision.getSource())) {
            return Optional.of(shownCards.answer(request, aboutCard.orElseThrow(), lastShown, outcome, serving, texts,
                    ruleSet.version()));
        }
        ProductReplies replies = new ProductReplies(texts, settings, catalogue, ruleSet.version(), request);
        if (decision.isNotSold()) {
            return Optional.of(replies.notSold(read.availability().thing(), decision));
        }
        if (decision.isAskWhatToChange()) {
            return Optional.of(replies.askWhatToChange(decision));
        }
        if (!decision.isRecommend()) {
            return Optional.empty();
        }
        Optional<ProductSuggestions> reply = replies.cards(outcome, query, refined, supplied[0]);
        if (read.device().isPresent() && refined.isEmpty()) {
            reply = reply.map(r -> new DeviceNote(texts, serving.valueNames(), catalogue, request.language())
                    .noted(r, read.device().get().device()));
        }
        if (reply.isPresent() && "query".equals(decision.getSource())) {
            shownCardsMemory.remember(request.conversationId(), reply.get(), outcome, query, refined, supplied[0],
                    catalogue);
        }
        return reply;
    }
}
