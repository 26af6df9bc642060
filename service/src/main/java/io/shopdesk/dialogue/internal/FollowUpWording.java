package io.shopdesk.dialogue.internal;

import io.shopdesk.nlp.Language;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words an elliptical follow-up adds to the question just answered, when its wording is one: after the shipping
 * cost, 那香港呢, 新疆呢, 还有专票？, "what about Hong Kong?", "and exchanges?", "how about a VAT invoice?", "Hong Kong?".
 * Such a message leaves the question out and names only what changes, so on its own it says nothing the FAQ can place;
 * {@link FaqFollowUp} searches again with the last answer's question and these words.
 * <p>
 * Only the wording is read here, and narrowly: a Chinese …呢 (那/还有/如果… allowed before it) of at most
 * {@value #MAX_ZH_WORDS} characters, a Chinese 那… / 还有… ending in a question mark, a Chinese 可以…吗 / 能…吗 whose
 * verb has no object (可以重开吗), an English "what about …",
 * "how about …", "and …", "what if …", or an English noun phrase of at most {@value #MAX_EN_BARE_WORDS} words ending in a
 * question mark. A complete question is none: the words may hold no question word (怎么, 哪, 吗, 多少…; "how", "where",
 * "do I"…), so 那我的订单到哪了 and "how do I return a jacket?" are not follow-ups, whatever came before. An
 * acknowledgement (好的呢, "and ok?") adds nothing and is none either. Immutable and thread-safe.
 */
public final class FollowUpWording {
    static final int MAX_ZH_WORDS = 8;
    static final int MAX_ZH_CAN_WORDS = 3;
    static final int MAX_EN_WORDS = 6;
    static final int MAX_EN_BARE_WORDS = 3;

    private static final String ZH_END = "[？?。~～!！\\s]*";
    private static final Pattern ZH_NE = Pattern.compile(
            "\\s*(?:那如果|那么|那|还有|如果是?|要是)?[，,\\s]*([^，,。？?！!呢]{1,8}?)(?:的话)?呢" + ZH_END);
    private static final Pattern ZH_THEN = Pattern.compile("\\s*(?:那么|那|还有)[，,\\s]*([^，,。？?！!呢]{1,8})[？?]+\\s*");
    /**
     * 可以重开吗, 能加急吗 after an answer: a yes/no question that leaves its object out, with a verb of at most
     * {@value #MAX_ZH_CAN_WORDS} characters. Not haggling (能便宜点吗: AnswerHaggling's).
     */
    private static final Pattern ZH_CAN = Pattern.compile(
            "\\s*(?:那么|那)?[，,\\s]*(?:可以|能)([^，,。？?！!吗呢]{1,3})(?:吗|嘛)[？?。~～\\s]*");
    private static final Pattern ZH_HAGGLING = Pattern.compile(".*(便宜|优惠|少|打折|折|降价|砍价|讲价|议价|改价).*");
    /** A question of its own: these words ask something the last answer's question does not. */
    private static final Pattern ZH_QUESTION = Pattern.compile(
            ".*(怎么|怎样|如何|哪|什么|啥|多少|多久|几|吗|嘛|么|为何|为啥|能不能|可不可以|是不是|有没有|要不要).*");
    private static final Set<String> ZH_ACKNOWLEDGED = Set.of("好", "好的", "嗯", "嗯嗯", "是的", "对", "对的", "行",
            "可以", "知道了", "谢谢", "没事", "好吧", "我", "你", "他", "她", "它", "这个", "那个", "这", "那");

    private static final Pattern EN_OPENING = Pattern.compile(
            "\\s*(?:(?:ok(?:ay)?|so|and|but|hmm+|then)[,\\s]+)?(?:what about|how about|and what about|what if|and)\\s+(.+?)"
                    + "[?.!\\s]*");
    private static final Pattern EN_BARE = Pattern.compile("\\s*([\\p{L}][\\p{L}'\\- ]*?)\\s*\\?+\\s*");
    private static final Pattern EN_WORD = Pattern.compile("[\\p{L}\\p{N}']+");
    /** Words that make a clause of its own: a verb or a question word, so the message is a complete question. */
    private static final Set<String> EN_QUESTION = Set.of("how", "where", "when", "why", "who", "which", "what",
            "is", "are", "was", "were", "do", "does", "did", "can", "could", "will", "would", "should", "may", "might",
            "i", "you", "we", "it", "he", "she", "they", "me", "my", "your", "our", "have", "has", "had", "want", "need",
            "get", "return", "cancel", "track", "pay", "buy", "order", "thanks", "thank", "ok", "okay", "yes", "no",
            "hello", "hi", "hey", "bye", "agent", "human", "person", "really", "sure", "seriously", "huh", "right",
            "please", "sorry", "so", "not", "that", "this", "there", "here");

    /** The words the message adds to the last question, or empty when its wording is no elliptical follow-up. */
    public Optional<String> newWords(String text, Language language) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return language == Language.ZH ? chinese(text) : english(text.toLowerCase(Locale.ROOT));
    }

    private static Optional<String> chinese(String text) {
        Matcher ne = ZH_NE.matcher(text);
        Matcher then = ZH_THEN.matcher(text);
        Matcher can = ZH_CAN.matcher(text);
        String words = ne.matches() ? ne.group(1) : can.matches() ? can.group(1) : then.matches() ? then.group(1) : null;
        if (words == null || can.matches() && ZH_HAGGLING.matcher(words).matches()) {
            return Optional.empty();
        }
        words = words.strip();
        if (words.isEmpty() || words.length() > MAX_ZH_WORDS || ZH_QUESTION.matcher(words).matches()
                || ZH_ACKNOWLEDGED.contains(words)) {
            return Optional.empty();
        }
        return Optional.of(words);
    }

    private static Optional<String> english(String text) {
        Matcher opening = EN_OPENING.matcher(text);
        Matcher bare = EN_BARE.matcher(text);
        String words;
        int max;
        if (opening.matches()) {
            words = opening.group(1);
            max = MAX_EN_WORDS;
        } else if (bare.matches()) {
            words = bare.group(1);
            max = MAX_EN_BARE_WORDS;
        } else {
            return Optional.empty();
        }
        var tokens = EN_WORD.matcher(words).results().map(m -> m.group()).toList();
        if (tokens.isEmpty() || tokens.size() > max || tokens.stream().anyMatch(EN_QUESTION::contains)) {
            return Optional.empty();
        }
        return Optional.of(String.join(" ", tokens));
    }
}
