package io.shopdesk.dialogue.internal;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a message only asks why about what the bot just said: "why?", "but why was it declined?", "how come",
 * "what's the reason?", 为什么？, 为啥失败, 怎么回事, 是怎么回事, 这是为什么. The dialogue rules answer such a follow-up from the conversation's
 * last answer (a declined payment, a payment in review, a failed payment the FAQ explained) instead of falling back,
 * since on its own the intent model reads "why?" as out of scope.
 * <p>
 * A why-question about something new is no follow-up: after the opening (why, how come, 为什么, 为啥, 怎么回事…) the
 * message may hold only words that point back at the last answer or at a payment ("it", "my payment", "fail",
 * "declined", "go through", 这笔, 付款, 失败, 不通过…), so "why is shipping so expensive" and 为什么运费这么贵 are not
 * follow-ups and go to their own topic. Short messages only (at most {@value #MAX_LENGTH} characters). Immutable and
 * thread-safe.
 */
public final class WhyFollowUp {
    static final int MAX_LENGTH = 80;

    private static final Pattern ENGLISH = Pattern.compile("(?:(?:but|so|ok|okay|and|hmm+|um+|wait|well|sorry|then)"
            + "[,.!\\s]+)*(why|how come|what(?:'s| is| was) the reason|for what reason|what happened|what went wrong"
            + "|(?:can|could) you (?:tell me|explain) why|tell me why|i (?:want|need|would like|'d like) to know why"
            + "|explain why|explain|reason)\\b(.*)", Pattern.DOTALL);
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    /**
     * The shopper disputes the reason just given for a failed payment ("but I have enough money", "there's plenty of
     * money on my card", "my balance is fine though"): they ask why, as "why?" does, and are answered as it is (the
     * explanation, then a person). Was "did you mean".
     */
    private static final Pattern ENGLISH_DISPUTE = Pattern.compile("(?:(?:but|so|ok|okay|hmm+|um+|well|wait)[,.!\\s]+)*"
            + "(?:i(?: do)?(?: have|'ve got| got)|there(?:'s| is)|my (?:card|account|bank account) has)(?: definitely| plenty of| more than)?"
            + " (?:enough|plenty of|sufficient|the|lots of)? ?(?:money|funds|balance|credit)(?: on (?:it|my card)| in (?:it|my account|the account)"
            + "| on the card)?(?: though| tho)?[.!?]*"
            + "|(?:but |well )?my (?:balance|credit limit|limit) is (?:fine|ok|okay|enough)(?: though)?[.!?]*", Pattern.DOTALL);
    /** What may follow the opening in English: words that point back at the last answer or name a payment. */
    private static final Set<String> ENGLISH_BACK = Set.of("it", "that", "this", "so", "then", "though", "exactly",
            "again", "now", "my", "the", "your", "me", "i", "i'm", "'s", "is", "isn't", "are", "aren't", "was", "wasn't", "did", "didn't",
            "does", "doesn't", "do", "don't", "has", "hasn't", "have", "would", "wouldn't", "won't", "can", "can't",
            "cannot", "could", "couldn't", "not", "be", "been", "being", "get", "got", "go", "goes", "went", "through",
            "work", "working", "worked", "fail", "fails", "failed", "failing", "decline", "declined", "reject",
            "rejected", "refuse", "refused", "block", "blocked", "stop", "stopped", "hold", "held", "on", "in", "under",
            "review", "reviewed", "reviewing", "check", "checked", "approve", "approved", "accept", "accepted", "allow",
            "allowed", "let", "pay", "paying", "payment", "payments", "card", "transaction", "purchase", "checkout",
            "order", "money", "instalment", "instalments", "installment", "installments", "available", "for", "to",
            "of", "that's", "it's", "what", "happen", "happened", "wrong", "reason");
    private static final Pattern CHINESE = Pattern.compile(
            "(?:那|但是?|可是|所以|嗯|哦|好吧)?[，,\\s]*(?:这个?|那个?)?是?(为什么|为啥|为何|咋回事|怎么回事|怎么会|怎么了|什么原因|啥原因|原因是什么|原因呢|凭什么)(.*)",
            Pattern.DOTALL);
    /**
     * What may follow the opening in Chinese, read as the longest of these at each place: words that point back or name
     * a payment, and the particles and punctuation of a question.
     */
    private static final Pattern CHINESE_BACK = Pattern.compile("(?:这笔|那笔|我的|这个|那个|它|付款|支付|付钱|付不了款|付不了|付不成|"
            + "扣款|款|钱|卡|银行卡|信用卡|订单|分期|会|又|还|还是|老是|总是|一直|就|是|被|不|没|没有|能|可以|了|失败|拒绝|拒|"
            + "通过|审核|审|成功|行|让|用|呢|啊|呀|吗|嘛|的|说|要|这样|那样|这么|那么|久|啦|[\\s？?！!。，,…~、])*");

    /** Whether {@code text} only asks why, in English or Chinese. */
    public boolean asksWhy(String text) {
        if (!ShortMessage.within(text, MAX_LENGTH)) {
            return false;
        }
        String t = ShortMessage.english(text);
        Matcher zh = CHINESE.matcher(t);
        if (zh.matches()) {
            return CHINESE_BACK.matcher(zh.group(2)).matches();
        }
        if (ENGLISH_DISPUTE.matcher(t).matches()) {
            return true;
        }
        Matcher en = ENGLISH.matcher(t);
        if (!en.matches()) {
            return false;
        }
        Matcher word = WORD.matcher(en.group(2));
        while (word.find()) {
            if (!ENGLISH_BACK.contains(word.group())) {
                return false;
            }
        }
        // Nothing but words and the marks of a question or a pause may follow.
        return en.group(2).matches("[\\p{L}'\\s?!.,…]*");
    }
}
