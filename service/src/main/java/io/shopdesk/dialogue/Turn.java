package io.shopdesk.dialogue;

import io.shopdesk.dialogue.internal.AccountTakeoverReport;
import io.shopdesk.dialogue.internal.BotIdentityQuestion;
import io.shopdesk.dialogue.internal.BriefFollowUp;
import io.shopdesk.dialogue.internal.CapabilityQuestion;
import io.shopdesk.dialogue.internal.DeliveryAddress;
import io.shopdesk.dialogue.internal.HaggleRequest;
import io.shopdesk.dialogue.internal.HurryRequest;
import io.shopdesk.dialogue.internal.MissingItemReport;
import io.shopdesk.dialogue.internal.MissingParcelReport;
import io.shopdesk.dialogue.internal.AdviceDidNotWork;
import io.shopdesk.dialogue.internal.ContactQuestion;
import io.shopdesk.dialogue.internal.WhatToDoQuestion;
import io.shopdesk.dialogue.internal.NotArrivedYet;
import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.Entity;
import io.shopdesk.recommendation.ProductMention;
import io.shopdesk.recommendation.ProductProblem;
import io.shopdesk.dialogue.internal.PaymentStatement;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * The current message as dialogue rules see it (a fact; read-only). Built from the {@link Analysis}.
 * <p>
 * The wording checks ({@link #isNotArrivedYet}, {@link #isHaggles}, ...) are regular expressions over the message.
 * Drools reads a getter once for each distinct condition that names it (identical conditions share one node), again in
 * functions such as {@code chasesOrder}, and again after an update: each check is worked out on its first read and
 * remembered for the rest of the turn, so adding rules that read one costs no more regular expressions. (A profile
 * found them read about once a turn each so far, 1.7 % of a turn's CPU time: docs/benchmarks.md.)
 * The words a shop edits ({@code rules/dialogue/words/}: the acknowledgement, whether the message says yes or no) are
 * read by the dialogue service from its live lists and handed in.
 * <p>
 * Thread-safe: immutable as seen from outside. A remembered answer is one {@code byte} written without a lock, as
 * {@link String#hashCode()} remembers its hash: two threads reading a check for the first time at once may both work
 * it out, and both get the same answer, since the message and its language never change.
 */
public final class Turn {
    private static final Pattern MISTYPED_ORDER_NUMBER = Pattern.compile(
            "(?i)(?<![A-Za-z0-9])SD[ #\\-.]?(?:\\d{5,7}|\\d{9,12})(?!\\d)");
    /**
     * The checks over the message's wording that a Turn remembers, each with what works it out from the message's text
     * and reply language.
     */
    private enum Wording {
        WHAT_THE_BOT_DOES((text, language) -> CapabilityQuestion.asks(text)),
        IF_BOT(BotIdentityQuestion::asks),
        HAGGLES(HaggleRequest::asks),
        URGES_ON(HurryRequest::asks),
        WHAT_TO_DO(WhatToDoQuestion::asks),
        ADVICE_DID_NOT_WORK(AdviceDidNotWork::says),
        NOT_ARRIVED_YET(NotArrivedYet::says),
        MISSING_PARCEL(MissingParcelReport::says),
        MISSING_ITEM(MissingItemReport::says),
        ACCOUNT_TAKEOVER(AccountTakeoverReport::says),
        BRIEF_FOLLOW_UP(BriefFollowUp::is),
        CONTACT_DETAILS(ContactQuestion::asks),
        MISTYPED_ORDER_ID((text, language) -> MISTYPED_ORDER_NUMBER.matcher(text).find());

        private static final int COUNT = values().length;
        private final BiPredicate<String, String> check;

        Wording(BiPredicate<String, String> check) {
            this.check = check;
        }
    }

    private static final byte UNREAD = 0;
    private static final byte NO = 1;
    private static final byte YES = 2;

    private final Analysis analysis;
    private final String language;
    private final boolean phoneDigits;
    private final boolean asksWhy;
    private final boolean productKind;
    private final ProductProblem productProblem;
    private final boolean aboutShownCard;
    private final String acknowledgement;
    private final String answer;
    private final List<ProductMention> productsNamed;
    /** By {@link Wording#ordinal()}: {@link #UNREAD}, {@link #NO} or {@link #YES}. */
    private final byte[] wording = new byte[Wording.COUNT];
    /**
     * The delivery address in the message, read on first use; an immutable record, so a thread that sees it sees it
     * whole (two threads reading it first at once both read the same one).
     */
    private DeliveryAddress address;

    /**
     * {@code phoneDigits}: whether the dialogue took phone digits from the message (see {@link #isHasPhoneDigits});
     * {@code asksWhy}: whether the message only asks why about the last answer (see {@link #isAsksWhy});
     * {@code productKind}: the message asks for a kind of product some catalogue product is, in words no category
     * word covers ("a watch"; the recommendation module's catalogue knows); {@code productProblem}: what the message
     * says is wrong with a product the shopper has (the recommendation module's problem words know).
     */
    public Turn(Analysis analysis, String language, boolean phoneDigits, boolean asksWhy, boolean productKind,
                ProductProblem productProblem) {
        this(analysis, language, phoneDigits, asksWhy, productKind, productProblem, false);
    }

    /**
     * {@code aboutShownCard}: the message asks about one of the product cards the conversation was last shown ("第二个有货吗",
     * "how much is the scarf?"; the recommendation module remembers the cards, see {@link #isAboutShownCard}).
     */
    public Turn(Analysis analysis, String language, boolean phoneDigits, boolean asksWhy, boolean productKind,
                ProductProblem productProblem, boolean aboutShownCard) {
        this(analysis, language, phoneDigits, asksWhy, productKind, productProblem, aboutShownCard, null);
    }

    /**
     * {@code acknowledgement}: what the whole message acknowledges by the dialogue's word list (ok, yes, understood,
     * thanks), or null (see {@link #getAcknowledgement}).
     */
    public Turn(Analysis analysis, String language, boolean phoneDigits, boolean asksWhy, boolean productKind,
                ProductProblem productProblem, boolean aboutShownCard, String acknowledgement) {
        this(analysis, language, phoneDigits, asksWhy, productKind, productProblem, aboutShownCard, acknowledgement,
                List.of());
    }

    /**
     * {@code productsNamed}: the catalogue products and category words the message names ("the beanie", 围巾; the
     * recommendation module's {@link ProductMention#in}), see {@link #getProductsNamed}.
     */
    public Turn(Analysis analysis, String language, boolean phoneDigits, boolean asksWhy, boolean productKind,
                ProductProblem productProblem, boolean aboutShownCard, String acknowledgement,
                List<ProductMention> productsNamed) {
        this(analysis, language, phoneDigits, asksWhy, productKind, productProblem, aboutShownCard, acknowledgement,
                productsNamed, null);
    }

    /**
     * {@code answer}: "yes" or "no" when the whole message only says that by the dialogue's yes and no word lists
     * ({@code rules/dialogue/words/yes-<lang>.csv}, {@code no-<lang>.csv}), else null (see {@link #isSaysYes},
     * {@link #isSaysNo}).
     */
    public Turn(Analysis analysis, String language, boolean phoneDigits, boolean asksWhy, boolean productKind,
                ProductProblem productProblem, boolean aboutShownCard, String acknowledgement,
                List<ProductMention> productsNamed, String answer) {
        this.answer = answer;
        this.productsNamed = productsNamed == null ? List.of() : List.copyOf(productsNamed);
        this.analysis = analysis;
        this.language = language;
        this.phoneDigits = phoneDigits;
        this.asksWhy = asksWhy;
        this.productKind = productKind;
        this.productProblem = productProblem == null ? ProductProblem.NONE : productProblem;
        this.aboutShownCard = aboutShownCard;
        this.acknowledgement = acknowledgement;
    }

    public Analysis getAnalysis() {
        return analysis;
    }

    public String getText() {
        return analysis.text();
    }

    /** The reply language, "zh" or "en". */
    public String getLanguage() {
        return language;
    }

    public String getIntent() {
        return analysis.intentName();
    }

    public double getConfidence() {
        return analysis.intent() == null ? 0 : analysis.intent().confidence();
    }

    public boolean isOutOfScope() {
        return analysis.outOfScope();
    }

    public boolean isHasOrderId() {
        return analysis.firstEntity(Entity.ORDER_ID).isPresent();
    }

    /**
     * Whether the message gave phone digits for the conversation's order: cued, a whole phone number, or 4 digits
     * the dialogue was waiting for. Four digits inside another sentence ("有没有2000左右的手机") are not, so they do not
     * keep a new topic from dropping the order task.
     */
    public boolean isHasPhoneDigits() {
        return phoneDigits;
    }

    /**
     * Whether the message only asks why about what the bot just said ("why?", "why did it fail?", 为什么？, 为啥失败), with
     * nothing new in it: rules answer it from the conversation's last action.
     */
    public boolean isAsksWhy() {
        return asksWhy;
    }

    /** Whether the message only asks what the assistant can do ("what can you do?", 那你能干嘛; {@link CapabilityQuestion}). */
    public boolean isAsksWhatTheBotDoes() {
        return reads(Wording.WHAT_THE_BOT_DOES);
    }

    /**
     * Whether the message only asks whether the shopper talks to a bot or a person ("are you a robot?", 是真人吗), in its
     * language's words ({@link BotIdentityQuestion}).
     */
    public boolean isAsksIfBot() {
        return reads(Wording.IF_BOT);
    }

    /** Whether the shopper haggles ("can you give me a discount?", 能便宜点吗; {@link HaggleRequest}). */
    public boolean isHaggles() {
        return reads(Wording.HAGGLES);
    }

    /** Whether the shopper urges their order on ("can you hurry it up?", 帮我催一下; {@link HurryRequest}). */
    public boolean isUrgesOn() {
        return reads(Wording.URGES_ON);
    }

    /**
     * Whether the whole message only asks what to do now, in its language's words: "what should I do?", "what now?",
     * "now what?", 那怎么办, 我该怎么办; not "what should I do to return a jacket?" nor 退货怎么办 ({@link WhatToDoQuestion}).
     */
    public boolean isAsksWhatToDo() {
        return reads(Wording.WHAT_TO_DO);
    }

    /**
     * Whether the message holds what looks like a mistyped order number: SD and 5 to 12 digits other than 8
     * ("SD1000001", "SD 100000012"), which the order-id patterns do not take.
     */
    public boolean isMistypedOrderId() {
        return reads(Wording.MISTYPED_ORDER_ID);
    }

    /**
     * Whether the whole message only asks how or when the shop's people can be reached: "what's your customer service
     * phone number?", 客服几点上班 ({@link ContactQuestion}).
     */
    public boolean isAsksForContactDetails() {
        return reads(Wording.CONTACT_DETAILS);
    }

    /**
     * Whether the whole message says the shopper tried the advice and it did not work: "still doesn't work", "still
     * nothing", "I tried that", 还是不行, 还是收不到 ({@link AdviceDidNotWork}).
     */
    public boolean isAdviceDidNotWork() {
        return reads(Wording.ADVICE_DID_NOT_WORK);
    }

    /**
     * Whether the shopper says their order has still not come ("it's still not here", 怎么还没到; {@link NotArrivedYet}).
     */
    public boolean isNotArrivedYet() {
        return reads(Wording.NOT_ARRIVED_YET);
    }

    /**
     * Whether the shopper says their parcel did not reach them though it shows as delivered, or went astray ("it says
     * delivered but I never got it", "someone else signed for it", 显示已签收但是我没收到, 被人代签了; {@link
     * MissingParcelReport}).
     */
    public boolean isReportsMissingParcel() {
        return reads(Wording.MISSING_PARCEL);
    }

    /**
     * Whether the shopper reports that someone else got into their account ("my account got hacked", "someone logged
     * into my account", "there's an order I didn't place", 我的账号被盗了, 有人登录了我的账号还下了单, 不是我下的单;
     * {@link AccountTakeoverReport}): not a forgotten password, a locked account, nor a question about staying safe.
     */
    public boolean isReportsAccountTakeover() {
        return reads(Wording.ACCOUNT_TAKEOVER);
    }

    /**
     * Whether the shopper says something of their order is missing from what they received ("I ordered two things but
     * only got one", "an item is missing from my package", 我买了两件只收到一件, 少发了一件, 没收到另一件; {@link
     * MissingItemReport}): not a part of a product, nor a whole parcel that never came.
     */
    public boolean isReportsMissingItem() {
        return reads(Wording.MISSING_ITEM);
    }

    /**
     * Whether the whole message only says yes ("yes please", "sure, go ahead", 好的, 麻烦了, 帮我查一下), by the words of
     * {@code rules/dialogue/words/yes-<lang>.csv} in the message's language.
     */
    public boolean isSaysYes() {
        return "yes".equals(answer);
    }

    /**
     * Whether the whole message only says no ("no thanks", "leave it", 不用了, 算了), by the words of
     * {@code rules/dialogue/words/no-<lang>.csv} in the message's language.
     */
    public boolean isSaysNo() {
        return "no".equals(answer);
    }

    /**
     * The whole delivery address the message gives ("改成上海市浦东新区世纪大道100号", "to 88 Nanjing Road, Shanghai": the
     * address alone, as written), or null ({@link DeliveryAddress}). Personal data: rules keep it in
     * {@link ConversationState#getNewAddress()} and nowhere else.
     */
    public String getNewAddress() {
        return address().text();
    }

    /**
     * Whether the message names anything an address is made of, a whole address or a part ("上海", "Nanjing Road", "to
     * Shanghai"): with no whole one ({@link #getNewAddress()} null), the rules ask for the full address.
     */
    public boolean isMentionsAddress() {
        return address().mentioned();
    }

    /** The message's delivery address (or part of one, or none), read on the first call and remembered. */
    private DeliveryAddress address() {
        DeliveryAddress known = address;
        if (known == null) {
            known = DeliveryAddress.in(analysis.text(), analysis.entities(Entity.PLACE));
            address = known;
        }
        return known;
    }

    /**
     * What the whole message acknowledges, by the words of {@code rules/dialogue/words/acknowledgements-<lang>.csv}
     * in the message's language: "ok" ("ok", "alright", 好的, 行), "yes" ("yes", "sure", 是的, 嗯), "understood" ("got it",
     * 明白了, 知道了), "thanks" ("thanks", 谢谢); several terms give the strongest ("ok thanks": thanks); null when the
     * message is not one. The intent model has no intent for these and reads "sure" as goodbye, 好的 as thanks.
     */
    public String getAcknowledgement() {
        return acknowledgement;
    }

    /**
     * Whether the message is a short follow-up that leaves its question out ("and 6 months?", 6期呢; {@link
     * BriefFollowUp}): rules read it against the last answer.
     */
    public boolean isBriefFollowUp() {
        return reads(Wording.BRIEF_FOLLOW_UP);
    }

    /**
     * Whether the message names a catalogue product, a category word ({@link Analysis#namesProduct()}) or a kind of
     * product some catalogue product is ("a watch").
     */
    public boolean isNamesProduct() {
        return productKind || analysis.namesProduct();
    }

    /**
     * Whether the message says something is wrong with a product the shopper has, its fit or a fault ("the jacket
     * doesn't fit", 衣服尺码不合适, "my headphones stopped working"; {@code knowledge-base/products/problem-words.csv}).
     */
    public boolean isStatesProductProblem() {
        return productProblem.stated();
    }

    /**
     * Whether the message says a product the shopper has does not fit: the wrong size, too small, too big ("the jacket
     * is the wrong size", 鞋子尺码不对; a {@code fit} word of {@code problem-words.csv}). Whether it reports one or only
     * worries about it ("what if it's too small?") the rules decide.
     */
    public boolean isReportsFit() {
        return productProblem == ProductProblem.FIT;
    }

    /**
     * Whether the message says a product the shopper has is faulty: broken, damaged, not working, torn, the wrong item
     * or parts missing ("the mug I got arrived broken", 收到的围巾有破洞; a {@code fault} word of
     * {@code problem-words.csv}). Whether it reports one or only asks ("what if it arrives broken?") the rules decide.
     */
    public boolean isReportsFault() {
        return productProblem == ProductProblem.FAULT;
    }

    /**
     * Whether the message asks about one of the product cards the conversation was last shown: which one by place (第二个,
     * "the second one", "#2"), by a word of its name (那个口红, "the scarf"), or by "it" / 这个 when one was shown or just
     * discussed; and its stock, price, sizes, colours, instalments, details, or how to buy it
     * ({@code RecommendationService.asksAboutShownCard}).
     */
    public boolean isAboutShownCard() {
        return aboutShownCard;
    }

    /**
     * The products the message names, by a catalogue name or a category word ("I want to return the beanie", 那顶帽子想退):
     * kept with a request about an order (ConversationState.requestProducts), so that an order without them says so.
     */
    public List<ProductMention> getProductsNamed() {
        return productsNamed;
    }

    /** The message's words ({@link Analysis#wordCount()}), as the recommendation rules count them. */
    public int getWords() {
        return analysis.wordCount();
    }

    public boolean hasEntity(String type) {
        return analysis.firstEntity(type).isPresent();
    }

    /**
     * The payment the message says the shopper made, with the amount or the day it names ("I paid $45.90 on
     * Tuesday", "my card was charged ¥598 yesterday"; English, {@link PaymentStatement}), or null: a message that names
     * neither, or says no payment was made. The rules note it as a payment question about the order and keep it
     * ({@code ConversationState.statedPayment}), so that the answer from the order's records says where they differ.
     */
    public StatedPayment getStatedPayment() {
        var money = analysis.firstEntity(Entity.MONEY);
        var date = analysis.firstEntity(Entity.DATE);
        if (money.isEmpty() && date.isEmpty() || !PaymentStatement.says(analysis.text(), language)) {
            return null;
        }
        return new StatedPayment(money.map(Entity::value).orElse(null), money.map(Entity::text).orElse(null),
                date.map(Entity::value).orElse(null), date.map(Entity::text).orElse(null));
    }

    /** Whether the message says the shopper made a payment it names the amount or day of ({@link #getStatedPayment}). */
    public boolean isStatesPayment() {
        return getStatedPayment() != null;
    }

    /** Whether the message has {@code check}'s wording, worked out on the first read and remembered. */
    private boolean reads(Wording check) {
        byte known = wording[check.ordinal()];
        if (known == UNREAD) {
            known = check.check.test(analysis.text(), language) ? YES : NO;
            wording[check.ordinal()] = known;
        }
        return known == YES;
    }
}
