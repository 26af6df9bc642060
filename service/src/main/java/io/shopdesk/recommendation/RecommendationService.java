package io.shopdesk.recommendation;

import io.shopdesk.recommendation.internal.AvailabilityQuestion;
import io.shopdesk.recommendation.internal.CatalogueSelection;
import io.shopdesk.recommendation.internal.DeviceWords;
import io.shopdesk.recommendation.internal.InteractionRepository;
import io.shopdesk.recommendation.internal.ProductFollowUps;
import io.shopdesk.recommendation.internal.ProductQueryParser;
import io.shopdesk.recommendation.internal.RecommendationTexts;
import io.shopdesk.recommendation.internal.ShownCardMessage;
import io.shopdesk.risk.RiskService;
import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.RuleEngine;
import io.shopdesk.watch.FolderWatcher;
import jakarta.annotation.PreDestroy;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Product suggestions for a conversation turn. The recommendation rules decide whether this is the moment (never
 * during a complaint or an escalation) and, once candidates are in, which may be shown and with instalments; the
 * models (item-cf, mf, popularity) propose the candidates from the message's filters. Models come from
 * {@code shopdesk.recommendation.model-dir} when set, else are trained at start-up on the database's views,
 * purchases and ratings. The catalogue file is watched: a changed file is read again and served with the same
 * models, and one that cannot be read leaves the catalogue in service. Thread-safe: the catalogue, the models over
 * it and the words read beside it are one immutable {@link CatalogueInService}, swapped whole and read once per call;
 * a call's state is local.
 * <p>
 * This class reads the turn and fires the rules; {@link CandidateSupplier} asks the models (and the risk engine) for
 * the candidates, {@link ProductReplies} words the reply, and {@link ShownCardAnswers} answers questions about the
 * cards just shown.
 */
@Service
@EnableConfigurationProperties(RecommendationSettings.class)
public class RecommendationService implements SmartInitializingSingleton, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RecommendationService.class);
    /** The source of a decision to answer about a card shown (rule AnswerAboutShownCard). */
    private static final String SHOWN = "shown";

    private final RecommendationSettings settings;
    private final RuleEngine rules;
    private volatile RecommendationTexts texts;
    private final FolderWatcher textWatcher;
    private final FolderWatcher catalogueWatcher;
    private final TrainedRecommenders models;
    /** The catalogue, the models over it and its words, swapped whole when the catalogue folder changes; read once per call. */
    private volatile CatalogueInService served;
    /** Each conversation's last query shown, for "any cheaper ones?" and "in black?". */
    private final ProductFollowUps followUps = new ProductFollowUps();
    private final CandidateSupplier candidates;
    private final ShownCardAnswers shownCards;

    public RecommendationService(RecommendationSettings settings, RuleEngine rules, InteractionRepository interactions,
                                 ObjectProvider<RiskService> risk) {
        this.settings = settings;
        this.rules = rules;
        this.candidates = new CandidateSupplier(settings.maxCards(), risk);
        this.shownCards = new ShownCardAnswers(followUps, candidates, interactions, settings);
        String catalogueRead = FolderWatcher.fingerprint(settings.catalogue());
        ProductCatalogue catalogue = ProductCatalogue.read(settings.catalogue().resolve("products.csv"));
        Path ruleFolder = rules.folder(settings.ruleSet());
        this.texts = RecommendationTexts.load(ruleFolder);
        // The rule engine reloads the rules; the card texts beside them are reloaded here.
        this.textWatcher = new FolderWatcher("recommendation-texts", ruleFolder, Duration.ofSeconds(2),
                () -> texts = RecommendationTexts.load(ruleFolder));
        long start = System.nanoTime();
        TrainedRecommenders models = RecommenderModelStore.exists(settings.modelDir())
                ? RecommenderModelStore.read(settings.modelDir())
                : TrainedRecommenders.train(interactions.preferences());
        log.info("Recommenders ready on {} preferences of {} shoppers for {} products in {} ms", models.ratings().size(),
                models.ratings().userCount(), catalogue.size(), (System.nanoTime() - start) / 1_000_000);
        this.models = models;
        this.served = CatalogueInService.read(settings, catalogue, models);
        // Prices, stock and new products take effect without a restart; a broken file keeps the catalogue serving.
        this.catalogueWatcher = new FolderWatcher("product-catalogue", settings.catalogue(), Duration.ofSeconds(2),
                catalogueRead, this::reloadCatalogue);
    }

    /**
     * Reads the catalogue file and the attribute words again and serves them with the same models; a file that cannot
     * be read is logged with its line and the catalogue in service stays.
     *
     * @return whether the new catalogue is in service
     */
    public boolean reloadCatalogue() {
        Path file = settings.catalogue().resolve("products.csv");
        try {
            ProductCatalogue catalogue = ProductCatalogue.read(file);
            served = CatalogueInService.read(settings, catalogue, models);
            log.info("Product catalogue reloaded: {} products", catalogue.size());
            return true;
        } catch (RuntimeException e) {
            log.error("Product catalogue {} not reloaded, the previous one keeps serving: {}", file, e.getMessage());
            return false;
        }
    }

    /** Fails start-up when the configured rule set does not exist, once the rule engine has compiled. */
    @Override
    public void afterSingletonsInstantiated() {
        rules.ruleSet(settings.ruleSet());
    }

    @PreDestroy
    @Override
    public void close() {
        textWatcher.close();
        catalogueWatcher.close();
    }

    public ProductCatalogue catalogue() {
        return served.catalogue();
    }

    /**
     * Whether the message asks for a kind of product some catalogue product is, in words no category word covers ("a
     * watch", "do you have watches?", 有没有卖手表的: the watches are in two categories): the dialogue then takes it
     * for a shopping request, as it does a category word, rather than declining it as off-topic.
     */
    public boolean namesProductKind(io.shopdesk.nlp.Analysis analysis) {
        CatalogueInService serving = served;
        return AvailabilityQuestion.of(analysis, serving.catalogue(), serving.parser()::isAttributeWord).carried()
                || serving.devices().in(analysis.text()).map(d -> AvailabilityQuestion.ofDevice(d, serving.catalogue()))
                .filter(AvailabilityQuestion::carried).isPresent();
    }

    /**
     * What the message says is wrong with a product the shopper has ({@code problem-words.csv}): the dialogue takes a
     * fault ("the mug arrived broken", 收到的围巾有破洞) as a report of a faulty item, to be answered for its order.
     */
    public ProductProblem productProblem(String text) {
        return served.parser().productProblem(text);
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
        CatalogueInService serving = served;
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
        CatalogueInService serving = served;
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
        ProductCatalogue catalogue = served.catalogue();
        String discussed = followUps.discussed(conversationId);
        if (discussed != null) {
            return catalogue.find(discussed);
        }
        List<Product> main = shownCards.shownProducts(conversationId, catalogue).stream()
                .filter(product -> !product.isAccessory()).toList();
        return main.size() == 1 ? Optional.of(main.getFirst()) : Optional.empty();
    }

    private Optional<ShownCardMessage> shownCardMessage(String conversationId, io.shopdesk.nlp.Analysis analysis) {
        CatalogueInService serving = served;
        return shownCards.message(conversationId, analysis,
                shownCards.shownProducts(conversationId, serving.catalogue()), serving);
    }

    /** Whether a message names nothing products could be chosen by: no product, category, person, interest, attribute, price or gift. */
    private static boolean namesNothing(ProductQuery parsed) {
        return parsed.productSku() == null && parsed.category() == null && parsed.term() == null
                && parsed.recipient() == null && parsed.interests().isEmpty() && parsed.attributes().isEmpty()
                && !parsed.hasPrice() && !parsed.gift();
    }

    /** The products reply for this turn, or empty when the rules say not now or nothing fits. */
    public Optional<ProductSuggestions> recommend(RecommendationRequest request) {
        CatalogueInService serving = served;
        ProductCatalogue catalogue = serving.catalogue();
        ProductQueryParser messageParser = serving.parser();
        List<Product> lastShown = shownCards.shownProducts(request.conversationId(), catalogue);
        Optional<ShownCardMessage> aboutCard = shownCards.message(request.conversationId(), request.analysis(),
                lastShown, serving);
        ProductQuery message = messageParser.parse(request.analysis());
        // A kind of product named in words no category word covers ("do you sell phones?", "有冰箱吗"): the rules say
        // "not sold" when no product is one, and the cards narrow to those that are when some are. A category word
        // no product has ("blender" before the shop had one) is "not sold" too, unless it names a whole category.
        AvailabilityQuestion availability = message.productSku() != null ? AvailabilityQuestion.NONE
                : message.category() == null
                ? AvailabilityQuestion.of(request.analysis(), catalogue, messageParser::isAttributeWord)
                : AvailabilityQuestion.ofCategoryWord(message.term(), message.category(), catalogue,
                        messageParser::isWholeCategoryWord);
        // A phone or device model word ("iphone cases", "airpods case", 苹果壳) says what the product fits, not what it is:
        // the products are found by the kind of device in its place ("phone case"), and the reply notes the fit.
        Optional<DeviceWords.DeviceMention> device = serving.devices().in(request.analysis().text());
        if (device.isPresent() && message.productSku() == null && message.category() == null) {
            AvailabilityQuestion forDevice = AvailabilityQuestion.ofDevice(device.get(), catalogue);
            availability = forDevice.carried() ? forDevice : availability;
        }
        ProductQuery parsed = availability.carried() ? message.withTerm(availability.catalogueWord()) : message;
        // A question about a card shown refines nothing: "is the second one available in black?" is about that card.
        Optional<ProductFollowUps.Refinement> refined = aboutCard.isPresent() ? Optional.empty()
                : followUps.refine(request.conversationId(), request.analysis().text(), parsed, lastShown,
                        serving.qualities().in(request.analysis().text()));
        ProductQuery query = refined.map(ProductFollowUps.Refinement::query).orElse(parsed);
        // After cards, a message that neither refines them nor names anything to choose products by ("something
        // nicer?") is asked what to change, not shown the popular products (rule AskWhatToChangeAfterCards).
        boolean unreadFollowUp = !lastShown.isEmpty() && refined.isEmpty() && aboutCard.isEmpty()
                && namesNothing(parsed) && availability.thing() == null && !availability.service();
        RecoTurn turn = RecoTurn.of(request, parsed, query, availability, refined.isPresent(),
                messageParser.statesProductProblem(request.analysis().text()),
                aboutCard.map(ShownCardMessage::code).orElse(null), unreadFollowUp);
        ShopperSituation situation = ShopperSituation.of(request);
        CompiledRuleSet ruleSet = rules.ruleSet(settings.ruleSet());
        ShopperRecommender recommender = serving.recommender();
        RecommendationRules.Supply[] supplied = {null};
        RecommendationRules.Outcome outcome = RecommendationRules.decide(ruleSet, turn, situation, decision -> {
            supplied[0] = SHOWN.equals(decision.getSource())
                    ? shownCards.similarToSoldOut(recommender, decision, aboutCard.orElseThrow(), lastShown, request)
                    : candidates.supply(recommender, decision, query, request, refined.orElse(null));
            return supplied[0];
        });
        RecommendationDecision decision = outcome.decision();
        if (decision.isRecommend() && SHOWN.equals(decision.getSource())) {
            return Optional.of(shownCards.answer(request, aboutCard.orElseThrow(), lastShown, outcome, serving, texts,
                    ruleSet.version()));
        }
        ProductReplies replies = new ProductReplies(texts, settings, catalogue, ruleSet.version(), request);
        if (decision.isNotSold()) {
            return Optional.of(replies.notSold(availability.thing(), decision));
        }
        if (decision.isAskWhatToChange()) {
            return Optional.of(replies.askWhatToChange(decision));
        }
        if (!decision.isRecommend()) {
            return Optional.empty();
        }
        Optional<ProductSuggestions> reply = replies.cards(outcome, query, refined, supplied[0]);
        if (device.isPresent() && refined.isEmpty()) {
            reply = reply.map(r -> new DeviceNote(texts, serving.valueNames(), catalogue, request.language())
                    .noted(r, device.get().device()));
        }
        if (reply.isPresent() && !reply.get().cards().isEmpty() && "query".equals(decision.getSource())) {
            // Remembered for "any cheaper ones?" and "in black?": the query as these cards answered it (at any price
            // when nothing cheaper was, and the cheapest were shown instead).
            BigDecimal cheaperThan = refined.map(ProductFollowUps.Refinement::cheaperThan).orElse(null);
            List<Candidate> shown = ProductReplies.shown(outcome, cheaperThan, settings.maxCards());
            boolean noneCheaper = cheaperThan != null && ProductReplies.noneCheaper(outcome, cheaperThan);
            followUps.remember(request.conversationId(), query,
                    noneCheaper ? CatalogueSelection.Relaxed.PRICE : supplied[0].relaxed(), shown.stream()
                    .collect(Collectors.toMap(Candidate::getSku, Candidate::getPrice, (a, b) -> a, LinkedHashMap::new)),
                    shown.stream().map(Candidate::getSku).filter(sku -> catalogue.find(sku).orElseThrow().isAccessory())
                            .collect(Collectors.toSet()));
        }
        return reply;
    }
}
