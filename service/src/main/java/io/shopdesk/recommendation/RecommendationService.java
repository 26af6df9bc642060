package io.shopdesk.recommendation;

import io.shopdesk.nlp.Language;
import io.shopdesk.recommendation.internal.AvailabilityQuestion;
import io.shopdesk.recommendation.internal.CatalogueSelection;
import io.shopdesk.recommendation.internal.InteractionRepository;
import io.shopdesk.recommendation.internal.ProductFollowUps;
import io.shopdesk.recommendation.internal.ProductQueryParser;
import io.shopdesk.recommendation.internal.RecommendationTexts;
import io.shopdesk.risk.FinancingRequest;
import io.shopdesk.risk.RiskService;
import io.shopdesk.ruleengine.CompiledRuleSet;
import io.shopdesk.ruleengine.RuleEngine;
import io.shopdesk.watch.FolderWatcher;
import jakarta.annotation.PreDestroy;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
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
 * models, and one that cannot be read leaves the catalogue in service. Thread-safe: the catalogue and the models over
 * it are one immutable {@link ShopperRecommender}, swapped whole and read once per call; a call's state is local.
 */
@Service
@EnableConfigurationProperties(RecommendationSettings.class)
public class RecommendationService implements SmartInitializingSingleton, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RecommendationService.class);

    private final RecommendationSettings settings;
    private final RuleEngine rules;
    private final ObjectProvider<RiskService> risk;
    /** Reads attributes.csv; rebuilt with the catalogue when the folder changes. */
    private volatile ProductQueryParser parser;
    private volatile RecommendationTexts texts;
    private final FolderWatcher textWatcher;
    private final FolderWatcher catalogueWatcher;
    private final TrainedRecommenders models;
    /** The catalogue and the models over it, swapped whole when the catalogue file changes; read once per call. */
    private volatile ShopperRecommender recommender;
    /** Each conversation's last query shown, for "any cheaper ones?" and "in black?". */
    private final ProductFollowUps followUps = new ProductFollowUps();

    public RecommendationService(RecommendationSettings settings, RuleEngine rules, InteractionRepository interactions,
                                 ObjectProvider<RiskService> risk) {
        this.settings = settings;
        this.rules = rules;
        this.risk = risk;
        String catalogueRead = FolderWatcher.fingerprint(settings.catalogue());
        ProductCatalogue catalogue = ProductCatalogue.read(settings.catalogue().resolve("products.csv"));
        this.parser = new ProductQueryParser(settings.catalogue().resolve("attributes.csv"), settings.usdToCny());
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
        this.recommender = new ShopperRecommender(catalogue, models);
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
            ProductQueryParser words = new ProductQueryParser(settings.catalogue().resolve("attributes.csv"),
                    settings.usdToCny());
            recommender = new ShopperRecommender(catalogue, models);
            parser = words;
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
        return recommender.catalogue();
    }

    /** The products reply for this turn, or empty when the rules say not now or nothing fits. */
    public Optional<ProductSuggestions> recommend(RecommendationRequest request) {
        ShopperRecommender serving = recommender;
        ProductCatalogue catalogue = serving.catalogue();
        ProductQueryParser messageParser = parser;
        ProductQuery message = messageParser.parse(request.analysis());
        // A kind of product named in words no category word covers ("do you sell phones?", "有冰箱吗"): the rules say
        // "not sold" when no product is one, and the cards narrow to those that are when some are.
        AvailabilityQuestion availability = message.category() == null && message.productSku() == null
                ? AvailabilityQuestion.of(request.analysis(), catalogue, messageParser::isAttributeWord)
                : AvailabilityQuestion.NONE;
        ProductQuery parsed = availability.carried() ? message.withTerm(availability.catalogueWord()) : message;
        Optional<ProductFollowUps.Refinement> refined = followUps.refine(request.conversationId(),
                request.analysis().text(), parsed);
        ProductQuery query = refined.map(ProductFollowUps.Refinement::query).orElse(parsed);
        String intent = request.analysis().intentName();
        int words = (int) request.analysis().tokens().stream()
                .filter(t -> t.text().codePoints().anyMatch(Character::isLetterOrDigit)).count();
        // What the message itself names: a follow-up's category is the last query's, not a mention.
        RecoTurn turn = new RecoTurn(intent, request.language().code(), parsed.category(), parsed.productSku(),
                request.dialogueAction(), request.order() == null ? null : request.order().status(), words,
                refined.isPresent(), request.analysis().intent() == null ? 0.0 : request.analysis().intent().confidence(),
                availability.thing(), availability.carried(), availability.service(), query.recipient(),
                !parsed.attributes().isEmpty() || parsed.maxPrice() != null, request.orderRequest());
        ShopperSituation situation = ShopperSituation.of(intent, request.lastIntent(), request.handedOff(),
                request.customerId());
        CompiledRuleSet ruleSet = rules.ruleSet(settings.ruleSet());
        RecommendationRules.Supply[] supplied = {null};
        RecommendationRules.Outcome outcome = RecommendationRules.decide(ruleSet, turn, situation, decision -> {
            supplied[0] = supply(serving, decision, query, request,
                    refined.map(ProductFollowUps.Refinement::exclude).orElse(Set.of()),
                    refined.map(ProductFollowUps.Refinement::pricierThan).orElse(null));
            return supplied[0];
        });
        RecommendationDecision decision = outcome.decision();
        List<Candidate> shown = outcome.accepted().stream().limit(settings.maxCards()).toList();
        if (decision.isNotSold()) {
            return Optional.of(notSold(availability.thing(), catalogue, decision, ruleSet.version(), request.language()));
        }
        if (!decision.isRecommend()) {
            return Optional.empty();
        }
        Language language = request.language();
        // Only a shopper who asked for products is told what is sold out; a passing mention is not an order.
        boolean asked = ASKING_TRIGGERS.contains(decision.getTrigger());
        Optional<Product> namedSoldOut = asked && query.productSku() != null
                ? catalogue.find(query.productSku()).filter(p -> !p.inStock()) : Optional.empty();
        // "Show me more" when all that is left is sold out: there are no more, rather than "sorry, X is out of stock"
        // for products the shopper never asked for.
        boolean more = refined.isPresent() && !refined.get().exclude().isEmpty();
        List<Candidate> soldOut = asked && !more ? soldOut(outcome, decision) : List.of();
        if (shown.isEmpty() && more) {
            // "Show me more" when every product the query selects has been shown.
            return Optional.of(new ProductSuggestions(texts.text(language, "no-more", Map.of()), List.of(),
                    Map.of("trigger", decision.getTrigger(), "rule", decision.getRule(), "ruleSetVersion", ruleSet.version(),
                            "filters", filters(query), "excluded", List.copyOf(refined.get().exclude()))));
        }
        BigDecimal pricierThan = refined.map(ProductFollowUps.Refinement::pricierThan).orElse(null);
        BigDecimal cheaperThan = refined.map(ProductFollowUps.Refinement::cheaperThan).orElse(null);
        if (cheaperThan != null && supplied[0] != null && supplied[0].relaxed().price()) {
            // "Anything cheaper?" when the cheapest card shown is the cheapest such product: the products the selection
            // would offer instead cost as much or more (and may be over the shopper's budget), so say so without cards.
            return Optional.of(new ProductSuggestions(texts.text(language, "no-cheaper", Map.of("price", budget(cheaperThan))),
                    List.of(), Map.of("trigger", decision.getTrigger(), "rule", decision.getRule(),
                    "ruleSetVersion", ruleSet.version(), "filters", filters(query), "cheaperThanCny", cheaperThan)));
        }
        if (shown.isEmpty() && pricierThan != null && soldOut.isEmpty()) {
            // "Anything more expensive?" when the dearest card shown is the dearest such product.
            return Optional.of(new ProductSuggestions(texts.text(language, "no-pricier", Map.of("price", budget(pricierThan))),
                    List.of(), Map.of("trigger", decision.getTrigger(), "rule", decision.getRule(),
                    "ruleSetVersion", ruleSet.version(), "filters", filters(query), "pricierThanCny", pricierThan)));
        }
        if (shown.isEmpty() && soldOut.isEmpty() && namedSoldOut.isEmpty()) {
            return Optional.empty();
        }
        List<ProductCard> cards = new ArrayList<>();
        for (Candidate c : shown) {
            Product product = catalogue.find(c.getSku()).orElseThrow();
            cards.add(new ProductCard(product.sku(), product.name(language), product.price(), "CNY",
                    why(catalogue, c, decision, query, request, language), settings.linkPrefix() + product.sku(),
                    c.isInstalmentsOffered(), decision.getRule(), c.getModel()));
        }
        Map<String, Object> reason = reason(decision, outcome, shown, ruleSet.version(), query, supplied[0]);
        namedSoldOut.ifPresent(p -> reason.put("soldOut", List.of(p.sku())));
        if (pricierThan != null) {
            reason.put("pricierThanCny", pricierThan);
        }
        if (shown.isEmpty()) {
            // Asked for what is sold out: say so, rather than "Sorry, I didn't quite get that".
            List<Product> gone = namedSoldOut.map(List::of).orElseGet(() -> soldOut.stream()
                    .map(c -> catalogue.find(c.getSku()).orElseThrow()).toList());
            reason.put("soldOut", gone.stream().map(Product::sku).toList());
            String names = gone.stream().limit(settings.maxCards()).map(p -> p.name(language))
                    .collect(Collectors.joining(language == Language.ZH ? "、" : ", "));
            return Optional.of(new ProductSuggestions(texts.text(language, "sold-out", Map.of("products", names)),
                    List.of(), reason));
        }
        CatalogueSelection.Relaxed relaxed = supplied[0].relaxed();
        if ("query".equals(decision.getSource())) {
            followUps.remember(request.conversationId(), query, relaxed, shown.stream()
                    .collect(Collectors.toMap(Candidate::getSku, Candidate::getPrice, (a, b) -> a, LinkedHashMap::new)),
                    shown.stream().map(Candidate::getSku).filter(sku -> catalogue.find(sku).orElseThrow().isAccessory())
                            .collect(Collectors.toSet()));
        }
        if (cheaperThan != null) {
            reason.put("cheaperThanCny", cheaperThan);
        }
        String intro = pricierThan != null && relaxed == CatalogueSelection.Relaxed.NONE
                ? texts.text(language, "intro.pricier", Map.of("price", budget(pricierThan)))
                : intro(decision, namedSoldOut, relaxed, query, language);
        return Optional.of(new ProductSuggestions(intro, List.copyOf(cards), reason));
    }

    /** Why these cards, for the agent's view: the rules and models that chose them and what they turned down. */
    private static Map<String, Object> reason(RecommendationDecision decision, RecommendationRules.Outcome outcome,
                                              List<Candidate> shown, String ruleSetVersion, ProductQuery query,
                                              RecommendationRules.Supply supply) {
        Map<String, Object> reason = new LinkedHashMap<>();
        reason.put("trigger", decision.getTrigger());
        reason.put("rule", decision.getRule());
        reason.put("models", shown.stream().map(Candidate::getModel).distinct().toList());
        reason.put("ruleSetVersion", ruleSetVersion);
        reason.put("filters", filters(query));
        if (supply.relaxed().price()) {
            reason.put("overBudget", true);
        }
        if (supply.relaxed().attributes()) {
            reason.put("attributesRelaxed", true);
        }
        FinancingPreCheck financing = supply.financing();
        reason.put("financingPreCheck", financing == null ? "none" : financing.decision());
        reason.put("rejected", outcome.candidates().stream().filter(Candidate::isRejected)
                .map(c -> Map.of("sku", c.getSku(), "rule", c.getRejectedBy())).toList());
        reason.put("notes", shown.stream().filter(c -> !c.getNotes().isEmpty())
                .collect(Collectors.toMap(Candidate::getSku, Candidate::getNotes, (a, b) -> a, LinkedHashMap::new)));
        return reason;
    }

    /** The line above the cards: why these, when they are not simply what was asked for. */
    private String intro(RecommendationDecision decision, Optional<Product> namedSoldOut, CatalogueSelection.Relaxed relaxed,
                         ProductQuery query, Language language) {
        if ("accessories".equals(decision.getSource())) {
            return texts.text(language, "intro.accessories", Map.of());
        }
        if (namedSoldOut.isPresent()) {
            return texts.text(language, "intro.similar-to-sold-out", Map.of("product", namedSoldOut.get().name(language)));
        }
        return switch (relaxed) {
            case PRICE, PRICE_AND_ATTRIBUTES -> texts.text(language, "intro.over-budget", Map.of("budget", budget(query.maxPrice())));
            case ATTRIBUTES -> texts.text(language, "intro.closest", Map.of());
            case NONE -> texts.text(language, "intro.query", Map.of());
        };
    }

    /** "Do you sell phones?": no, and what the shop does sell (its categories), rather than its popular products. */
    private ProductSuggestions notSold(String thing, ProductCatalogue catalogue, RecommendationDecision decision,
                                       String ruleSetVersion, Language language) {
        Map<String, Object> reason = new LinkedHashMap<>();
        reason.put("rule", decision.getRule());
        reason.put("ruleSetVersion", ruleSetVersion);
        reason.put("notSold", thing);
        String categories = catalogue.all().stream().map(Product::category).distinct()
                .map(c -> texts.text(language, "category." + c, Map.of()))
                .collect(Collectors.joining(language == Language.ZH ? "、" : ", "));
        return new ProductSuggestions(texts.text(language, "not-sold", Map.of("thing", thing, "categories", categories)),
                List.of(), reason);
    }

    /**
     * The candidates of a query that were all turned down for being out of stock, or none: only then is "it is sold
     * out" the answer (accessories after a delivery are offered unasked, and a sold-out one is simply left out).
     */
    private static final Set<String> ASKING_TRIGGERS = Set.of("product_inquiry", "product_recommendation", "follow_up");

    private static List<Candidate> soldOut(RecommendationRules.Outcome outcome, RecommendationDecision decision) {
        List<Candidate> candidates = outcome.candidates();
        boolean allSoldOut = !candidates.isEmpty() && !"accessories".equals(decision.getSource())
                && candidates.stream().allMatch(c -> c.isRejected() && c.getStock() <= 0);
        return allSoldOut ? candidates : List.of();
    }

    private RecommendationRules.Supply supply(ShopperRecommender serving, RecommendationDecision decision,
                                              ProductQuery query, RecommendationRequest request, Set<String> exclude,
                                              BigDecimal pricierThan) {
        ProductCatalogue catalogue = serving.catalogue();
        IntPredicate filter;
        int anchor = -1;
        CatalogueSelection selection = new CatalogueSelection(p -> true, CatalogueSelection.Relaxed.NONE);
        if ("accessories".equals(decision.getSource())) {
            List<Product> ordered = orderedProducts(catalogue, request);
            Set<String> categories = ordered.stream().map(Product::category).collect(Collectors.toSet());
            anchor = ordered.isEmpty() ? -1 : catalogue.index(ordered.getFirst().sku());
            filter = p -> categories.stream().anyMatch(catalogue.get(p)::accessoryOf);
        } else {
            selection = CatalogueSelection.of(catalogue, query);
            IntPredicate selected = selection.filter();
            IntPredicate notShown = exclude.isEmpty() ? selected : p -> selected.test(p) && !exclude.contains(catalogue.get(p).sku());
            filter = pricierThan == null ? notShown : p -> notShown.test(p) && catalogue.get(p).price().compareTo(pricierThan) > 0;
            anchor = query.productSku() == null ? -1 : catalogue.index(query.productSku());
        }
        String shopper = request.customerId() == null ? null : request.customerId().toString();
        int wanted = settings.maxCards() * 3;
        // For someone or a gift, the models rank the whole selection so that what suits them can come first.
        boolean forWhom = query.recipient() != null || query.gift();
        List<ShopperRecommender.Scored> ranked = new ArrayList<>(serving.recommend(shopper, anchor, filter,
                selection.overBudget() || forWhom ? catalogue.size() : wanted));
        // A stable sort keeps the models' order within each rank.
        Comparator<ShopperRecommender.Scored> order = Comparator.comparingInt(s -> 0);
        if (!"accessories".equals(decision.getSource())) {
            // Asked for earbuds, the earbuds come before their silicone case; for a dad, men's products, then anyone's
            // (another group's last: the rules turn them down); for a gift, the gifts.
            order = order.thenComparing(s -> catalogue.get(s.product()).isAccessory())
                    .thenComparingInt(s -> query.preference(catalogue.get(s.product())));
        }
        if (selection.overBudget()) {
            // Over the shopper's budget the closest price is what matters, not the models' order.
            order = order.thenComparing(s -> catalogue.get(s.product()).price());
        }
        ranked.sort(order);
        List<Candidate> candidates = new ArrayList<>();
        for (ShopperRecommender.Scored s : ranked.subList(0, Math.min(wanted, ranked.size()))) {
            Product p = catalogue.get(s.product());
            candidates.add(new Candidate(p.sku(), p.price(), p.stock(), p.instalments(), s.model(), s.score(),
                    p.audience()));
        }
        return new RecommendationRules.Supply(candidates, financingPreCheck(candidates, request), selection.relaxed());
    }

    /** Asked only for an identified shopper with an instalment-eligible candidate, and only when risk runs. */
    private FinancingPreCheck financingPreCheck(List<Candidate> candidates, RecommendationRequest request) {
        RiskService riskService = risk.getIfAvailable();
        Optional<BigDecimal> amount = candidates.stream().filter(c -> c.isInstalmentsEligible() && c.getStock() > 0)
                .map(Candidate::getPrice).max(BigDecimal::compareTo);
        if (riskService == null || request.customerId() == null || amount.isEmpty()) {
            return null;
        }
        var application = new FinancingRequest("reco-" + java.util.UUID.randomUUID(), request.customerId(),
                amount.get(), 12, "chat_recommendation", null, null, null, null, null, null,
                request.conversationId(), null);
        return new FinancingPreCheck(riskService.assessFinancing(application).decision());
    }

    private static List<Product> orderedProducts(ProductCatalogue catalogue, RecommendationRequest request) {
        if (request.order() == null) {
            return List.of();
        }
        return request.order().itemsEn().stream().map(catalogue::byName).flatMap(Optional::stream).toList();
    }

    private String why(ProductCatalogue catalogue, Candidate c, RecommendationDecision decision, ProductQuery query,
                       RecommendationRequest request, Language language) {
        String line;
        if ("accessories".equals(decision.getSource())) {
            String category = orderedProducts(catalogue, request).stream().map(Product::category)
                    .filter(cat -> catalogue.find(c.getSku()).orElseThrow().accessoryOf(cat)).findFirst().orElse("");
            line = texts.text(language, "why.accessory", Map.of("category", texts.text(language, "category." + category, Map.of())));
        } else if ("item-cf".equals(c.getModel()) && query.productSku() != null) {
            line = texts.text(language, "why.item-cf", Map.of("anchor",
                    catalogue.find(query.productSku()).map(p -> p.name(language)).orElse(query.productSku())));
        } else {
            line = texts.text(language, "why." + c.getModel(), Map.of());
        }
        return c.isInstalmentsOffered() ? line + " · " + texts.text(language, "why.instalments", Map.of()) : line;
    }

    /** A price ceiling as the intro line shows it: whole yuan with thousands separators (5,000). */
    private static String budget(BigDecimal maxPrice) {
        return String.format(java.util.Locale.ROOT, "%,d", maxPrice.setScale(0, java.math.RoundingMode.HALF_UP).longValue());
    }

    private static Map<String, Object> filters(ProductQuery query) {
        Map<String, Object> filters = new LinkedHashMap<>();
        if (query.category() != null) {
            filters.put("category", query.category());
        }
        if (query.term() != null) {
            filters.put("term", query.term());
        }
        if (!query.attributes().isEmpty()) {
            filters.put("attributes", query.attributes());
        }
        if (query.maxPrice() != null) {
            filters.put("maxPriceCny", query.maxPrice());
        }
        if (query.productSku() != null) {
            filters.put("product", query.productSku());
        }
        if (query.recipient() != null) {
            filters.put("recipient", query.recipient());
        }
        if (query.gift()) {
            filters.put("gift", true);
        }
        return filters;
    }
}
