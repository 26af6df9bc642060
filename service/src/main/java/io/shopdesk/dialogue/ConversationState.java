package io.shopdesk.dialogue;

import io.shopdesk.recommendation.ProductMention;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the dialogue remembers between turns: slots (order id, phone digits), the task in progress, what it is
 * waiting for, and counters. A mutable fact that rules may modify; stored as JSON with the conversation.
 * Not thread-safe: a conversation's turns are processed one at a time.
 */
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
public class ConversationState {
    private String language;
    private String orderId;
    private String phoneLast4;
    private String pendingTask;
    /**
     * What the shopper asked to do with their order (return, exchange, cancel, change_address: see
     * {@link #getNewAddress()}, faulty: sort out an item they received faulty, not_received: a parcel shown as delivered
     * that never reached them, missing_item: an item missing from what came…), kept through the order's verification
     * until the rules answer it or the shopper moves on; null when none.
     */
    private String orderRequest;
    /**
     * The products the shopper named with that request ("I want to return the beanie"), kept with it so that once the
     * order is proved an order without them says so; empty when none, and once no request is open.
     */
    private List<ProductMention> requestProducts = List.of();
    /**
     * Whether the shopper said in this conversation that something is wrong with what they have (a faulty or ill-fitting
     * item, a parcel that never reached them) or complained; set by the dialogue rules, never cleared. No cross-sell then.
     */
    private boolean problemReported;
    /**
     * Whether a message of the shopper's in this conversation read as negative (the escalation feature's sentiment);
     * never cleared. No cross-sell then.
     */
    private boolean upset;
    private String awaiting;
    /**
     * The payment the shopper said they made ("I paid $45.90 on Tuesday"), kept while its order is asked for and proved,
     * so that the answer from the order's payment records says where they differ; null otherwise.
     */
    private StatedPayment statedPayment;
    /**
     * The new delivery address the shopper gave for their order while asking to change it, kept until they confirm or
     * decline it (or move on from the request); null otherwise. Personal data: never logged.
     */
    private String newAddress;
    private String lastIntent;
    private int consecutiveFallbacks;
    /** What the bot did on the previous turn (order_status, kb_answer, fallback…), for rules about follow-ups. */
    private String lastAction;
    /**
     * The detail of what the bot did on the previous turn (the FAQ entry it answered with, the slot it asked for, what a
     * "why?" was about…), or null: with {@link #getLastAction()}, what a follow-up refers to.
     */
    private String lastDetail;
    /** Complaints in a row, this turn's included once the turn is decided. */
    private int consecutiveComplaints;
    /** Turns in a row whose sentiment was negative; kept by the escalation feature. */
    private int consecutiveNegativeTurns;
    private Long escalationId;
    private String escalationStatus;
    private boolean queueNoticeOwed;
    private Long customerId;
    private boolean customerSigned;
    /** Wrong phone digits given here, per order id: kept with the conversation, so a restart does not reset them. */
    private Map<String, Integer> wrongPhoneDigits = new TreeMap<>();
    /**
     * What the last instalment answer was about, so that "and 6 months?" right after it needs no product again, nor
     * "5999的" the term: the product's sku or the amount (one of them), the provider asked about (null for any) and the
     * term (0 for none).
     */
    private String instalmentSku;
    private int instalmentTerm;
    private java.math.BigDecimal instalmentAmount;
    private String instalmentProvider;

    /**
     * The customer the shop signed in ({@link #isCustomerSigned()}) or who proved an order by its phone digits, or
     * null.
     */
    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    /**
     * Whether {@link #getCustomerId()} comes from the shop's signed identity: then it owns the conversation (every
     * message and the history must carry the same identity), proves its own orders without phone digits, and is not
     * replaced by the owner of another order looked up here.
     */
    public boolean isCustomerSigned() {
        return customerSigned;
    }

    public void setCustomerSigned(boolean customerSigned) {
        this.customerSigned = customerSigned;
    }

    /** The customer the shop signed in, or null (anonymous, or known only through an order's phone digits). */
    public Long signedCustomerId() {
        return customerSigned ? customerId : null;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getOrderId() {
        return orderId;
    }

    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }

    public String getPhoneLast4() {
        return phoneLast4;
    }

    public void setPhoneLast4(String phoneLast4) {
        this.phoneLast4 = phoneLast4;
    }

    public String getPendingTask() {
        return pendingTask;
    }

    public void setPendingTask(String pendingTask) {
        this.pendingTask = pendingTask;
    }

    public String getOrderRequest() {
        return orderRequest;
    }

    public void setOrderRequest(String orderRequest) {
        this.orderRequest = orderRequest;
    }

    public List<ProductMention> getRequestProducts() {
        return requestProducts;
    }

    public void setRequestProducts(List<ProductMention> requestProducts) {
        this.requestProducts = requestProducts == null ? List.of() : List.copyOf(requestProducts);
    }

    public boolean isProblemReported() {
        return problemReported;
    }

    public void setProblemReported(boolean problemReported) {
        this.problemReported = problemReported;
    }

    public boolean isUpset() {
        return upset;
    }

    public void setUpset(boolean upset) {
        this.upset = upset;
    }

    public String getAwaiting() {
        return awaiting;
    }

    public void setAwaiting(String awaiting) {
        this.awaiting = awaiting;
    }

    public String getNewAddress() {
        return newAddress;
    }

    public void setNewAddress(String newAddress) {
        this.newAddress = newAddress;
    }

    public String getLastIntent() {
        return lastIntent;
    }

    public void setLastIntent(String lastIntent) {
        this.lastIntent = lastIntent;
    }

    public String getLastAction() {
        return lastAction;
    }

    public void setLastAction(String lastAction) {
        this.lastAction = lastAction;
    }

    public String getLastDetail() {
        return lastDetail;
    }

    public void setLastDetail(String lastDetail) {
        this.lastDetail = lastDetail;
    }

    public int getConsecutiveComplaints() {
        return consecutiveComplaints;
    }

    public void setConsecutiveComplaints(int consecutiveComplaints) {
        this.consecutiveComplaints = consecutiveComplaints;
    }

    public int getConsecutiveNegativeTurns() {
        return consecutiveNegativeTurns;
    }

    public void setConsecutiveNegativeTurns(int consecutiveNegativeTurns) {
        this.consecutiveNegativeTurns = consecutiveNegativeTurns;
    }

    /**
     * Counts a turn whose sentiment was scored: negative ones in a row, and, once one is negative, that the shopper
     * was upset in this conversation ({@link #isUpset()}).
     */
    public void countSentiment(boolean negative) {
        consecutiveNegativeTurns = negative ? consecutiveNegativeTurns + 1 : 0;
        upset |= negative;
    }

    public int getConsecutiveFallbacks() {
        return consecutiveFallbacks;
    }

    public void setConsecutiveFallbacks(int consecutiveFallbacks) {
        this.consecutiveFallbacks = consecutiveFallbacks;
    }

    /** Wrong phone digits given in this conversation for {@code orderId}. */
    public int wrongPhoneDigits(String orderId) {
        return wrongPhoneDigits.getOrDefault(orderId, 0);
    }

    /** Counts wrong phone digits given for {@code orderId}, and returns how many there were here, this one included. */
    public int addWrongPhoneDigits(String orderId) {
        return wrongPhoneDigits.merge(orderId, 1, Integer::sum);
    }

    /** Wrong phone digits given in this conversation, per order id (for the stored JSON; rules read OrderLookup's). */
    public Map<String, Integer> getWrongPhoneDigits() {
        return wrongPhoneDigits;
    }

    public void setWrongPhoneDigits(Map<String, Integer> wrongPhoneDigits) {
        this.wrongPhoneDigits = wrongPhoneDigits == null ? new TreeMap<>() : new TreeMap<>(wrongPhoneDigits);
    }

    /** The open escalation (queued or held by an agent), or the last one; null before any. */
    public Long getEscalationId() {
        return escalationId;
    }

    public void setEscalationId(Long escalationId) {
        this.escalationId = escalationId;
    }

    /** queued, held, or null when the bot is in charge. */
    public String getEscalationStatus() {
        return escalationStatus;
    }

    public void setEscalationStatus(String escalationStatus) {
        this.escalationStatus = escalationStatus;
    }

    /**
     * The hand-off was decided after the reply (English sentiment) and the shopper, over HTTP, may not have read it:
     * the next answer while queued says where they stand. Kept by the escalation feature.
     */
    public boolean isQueueNoticeOwed() {
        return queueNoticeOwed;
    }

    public void setQueueNoticeOwed(boolean queueNoticeOwed) {
        this.queueNoticeOwed = queueNoticeOwed;
    }

    /** True while a person is in charge (queued or held): the dialogue runs only to answer a shopper in the queue. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isHandedOff() {
        return escalationStatus != null;
    }

    /** The product of the last instalment quote, or null (see {@link #getInstalmentAmount()}). */
    public String getInstalmentSku() {
        return instalmentSku;
    }

    public void setInstalmentSku(String instalmentSku) {
        this.instalmentSku = instalmentSku;
    }

    /** The amount of the last instalment quote when it was for an amount rather than a product, or null. */
    public java.math.BigDecimal getInstalmentAmount() {
        return instalmentAmount;
    }

    public void setInstalmentAmount(java.math.BigDecimal instalmentAmount) {
        this.instalmentAmount = instalmentAmount;
    }

    /** The provider the last instalment answer was about (huabei, credit_card), or null for any. */
    public String getInstalmentProvider() {
        return instalmentProvider;
    }

    public void setInstalmentProvider(String instalmentProvider) {
        this.instalmentProvider = instalmentProvider;
    }

    /** The term (months) the last instalment answer was about, when the table offers it; 0 for none. */
    public int getInstalmentTerm() {
        return instalmentTerm;
    }

    public void setInstalmentTerm(int instalmentTerm) {
        this.instalmentTerm = instalmentTerm;
    }

    public StatedPayment getStatedPayment() {
        return statedPayment;
    }

    public void setStatedPayment(StatedPayment statedPayment) {
        this.statedPayment = statedPayment;
    }
}
