package io.shopdesk.recommendation;

/**
 * The turn as the recommendation rules see it (a fact; immutable): the intent, what the message mentions, the
 * dialogue's action this turn and, when it told an order's status, that status.
 *
 * @param category       a category the message names, or null
 * @param product        a product sku the message names, or null
 * @param dialogueAction what the dialogue rules decided this turn (kb_answer, order_status, fallback…)
 * @param orderStatus    the status of the order the dialogue just told, or null
 * @param words          how many words the message has (punctuation aside): "laptops?" is a request even when the
 *                       intent model calls it out of scope, "how do I install Linux on my old laptop" is not
 * @param refinesLast    the message refines the last products shown ("any cheaper ones?", "do you have them in
 *                       black?", "有白色的吗"); category and product stay what the message itself names
 * @param confidence     how sure the intent model is of {@code intent} (0-1); null (a scenario that does not say)
 *                       reads as sure. "uiop" is product_recommendation at 0.49: no reason to show popular products
 * @param thing          a kind of product the message asks for in words no category word covers ("phones", "汽车",
 *                       "leather sofas"), or null; set only when the message names no category and no product
 * @param thingCarried   some catalogue product is the thing (by name or tag: "watches", 冰箱), so the cards narrow to
 *                       those; false for 手机 or "sofas", which no product is
 * @param asksForService the message asks whether the shop has a service, not a product ("do you have a physical
 *                       store?", "你们有实体店吗")
 * @param recipient      whom the products are for ({@code men} for "my dad", {@code women} for 老婆, {@code kids} for
 *                       儿子, {@code baby} for 给宝宝), the message's or, for a follow-up, the last query's; null for
 *                       nobody in particular. Candidates have the same groups as {@code audience}
 * @param mentionsAttributeOrPrice the message itself names an attribute or a price ("in black", "under 300", "300到500")
 * @param orderRequest   what the shopper asked to do with their order (return, exchange, cancel, change_address)
 *                       while the dialogue works towards the answer (asking for the phone digits), or null
 * @param productProblem the message says something is wrong with a product the shopper has ("the jacket doesn't
 *                       fit", 衣服尺码不合适, 耳机坏了; {@code knowledge-base/products/problem-words.csv})
 * @param shownCard      what the message asks about the cards the conversation was last shown ("第二个有货吗",
 *                       "how much is the scarf?"): stock, price, sizes, colours, instalments, details or buy (the first
 *                       question asked), or compare ("第二个和第三个哪个好", "which one is cheaper?"); null when it asks
 *                       about none
 * @param interests      what the person likes ("he likes running", 爱健身): the catalogue tags of
 *                       {@code interests.csv}, the message's or, for a follow-up, the last query's; empty for none
 * @param unreadFollowUp the conversation was just shown cards and the message neither refines them nor asks about
 *                       one, and names nothing the products could be chosen by (no product, category, thing, person,
 *                       interest, attribute, price or gift): "something nicer?" after cards
 * @param itemOwned      the message speaks of an item the shopper already bought or received (我买的羽绒服可以机洗吗,
 *                       收到的鞋子怎么清洗; {@link io.shopdesk.recommendation.internal.ItemOwnedWording}): a question
 *                       about looking after it, not a wish for more
 * @param dialogueDetail the detail of the dialogue's action: for kb_answer the FAQ entry it answered with
 *                       ({@code orders-gift-wrapping}), which says whether the answer was about a product or a service;
 *                       null when none
 */
public record RecoTurn(String intent, String language, String category, String product, String dialogueAction,
                       String orderStatus, int words, boolean refinesLast, Double confidence, String thing,
                       boolean thingCarried, boolean asksForService, String recipient,
                       boolean mentionsAttributeOrPrice, String orderRequest, boolean productProblem,
                       String shownCard, java.util.List<String> interests, boolean unreadFollowUp,
                       boolean itemOwned, String dialogueDetail) {

    /** A scenario that leaves the confidence out means a sure turn, whichever accessor the rules read. */
    public RecoTurn {
        confidence = confidence == null ? 1.0 : confidence;
        interests = interests == null ? java.util.List.of() : java.util.List.copyOf(interests);
    }

    /** A turn the intent model is sure of, naming no thing beyond a category or product. */
    public RecoTurn(String intent, String language, String category, String product, String dialogueAction,
                    String orderStatus, int words, boolean refinesLast) {
        this(intent, language, category, product, dialogueAction, orderStatus, words, refinesLast, 1.0, null, false,
                false, null, false, null, false, null, null, false, false, null);
    }

    /**
     * The facts of a turn the rules see: what the message itself names ({@code parsed}: a follow-up's category is the
     * last query's, not a mention), and how the Java side read it ({@code query}, the one the cards would answer).
     */
    static RecoTurn of(RecommendationRequest request, ProductQuery parsed, ProductQuery query,
                       io.shopdesk.recommendation.internal.AvailabilityQuestion availability, boolean refinesLast,
                       boolean productProblem, String shownCard, boolean unreadFollowUp) {
        return new RecoTurn(request.analysis().intentName(), request.language().code(), parsed.category(),
                parsed.productSku(), request.dialogueAction(), request.order() == null ? null : request.order().status(),
                request.analysis().wordCount(), refinesLast,
                request.analysis().intent() == null ? 0.0 : request.analysis().intent().confidence(),
                availability.thing(), availability.carried(), availability.service(), query.recipient(),
                !parsed.attributes().isEmpty() || parsed.hasPrice(), request.orderRequest(), productProblem, shownCard,
                query.interests(), unreadFollowUp,
                io.shopdesk.recommendation.internal.ItemOwnedWording.speaksOfItemOwned(request.analysis().text()),
                request.dialogueDetail());
    }

    public double getConfidence() {
        return confidence;
    }

    public String getIntent() {
        return intent;
    }

    public String getLanguage() {
        return language;
    }

    public String getCategory() {
        return category;
    }

    public String getProduct() {
        return product;
    }

    public String getDialogueAction() {
        return dialogueAction;
    }

    public String getOrderStatus() {
        return orderStatus;
    }

    public int getWords() {
        return words;
    }

    public boolean isRefinesLast() {
        return refinesLast;
    }

    public boolean isMentionsProduct() {
        return product != null;
    }

    public boolean isMentionsCategory() {
        return category != null;
    }

    public String getThing() {
        return thing;
    }

    public boolean isThingCarried() {
        return thing != null && thingCarried;
    }

    /** The message asks for a kind of product that no catalogue product is. */
    public boolean isThingNotSold() {
        return thing != null && !thingCarried;
    }

    public boolean isAsksForService() {
        return asksForService;
    }

    public String getRecipient() {
        return recipient;
    }

    public boolean isMentionsAttributeOrPrice() {
        return mentionsAttributeOrPrice;
    }

    public String getOrderRequest() {
        return orderRequest;
    }

    public boolean isProductProblem() {
        return productProblem;
    }

    public String getShownCard() {
        return shownCard;
    }

    public java.util.List<String> getInterests() {
        return interests;
    }

    /** The message (or, for a follow-up, the last query) says what the person likes. */
    public boolean isUnreadFollowUp() {
        return unreadFollowUp;
    }

    public boolean isItemOwned() {
        return itemOwned;
    }

    public String getDialogueDetail() {
        return dialogueDetail;
    }

    /** The dialogue answered from an FAQ entry about something other than the products (shipping, an order's service, refunds…). */
    public boolean isServiceAnswer() {
        return "kb_answer".equals(dialogueAction) && dialogueDetail != null && !dialogueDetail.startsWith("products-");
    }

    public boolean isNamesInterest() {
        return !interests.isEmpty();
    }
}
