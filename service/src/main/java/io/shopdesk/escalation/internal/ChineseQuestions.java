package io.shopdesk.escalation.internal;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a Chinese message asks a yes/no question, for {@link ChineseSentiment}: a shopper who asks whether something is
 * a fraud or a fake (这个是骗子吗？, 是不是骗人的, 会不会是假货) doubts it, and is not calling the shop names, as in English
 * "is this a scam?" ({@link EnglishClause}). A clause (between punctuation marks) is a yes/no question when it ends in
 * 吗 or 嘛 (a 呢, 啊 or 呀 may follow) or holds 是不是, 是否, 会不会 or 算不算. A question word (什么时候, 怎么, 为什么, 到底) makes
 * no yes/no question: 垃圾客服到底什么时候发货？ insults all the same.
 * <p>
 * A word aimed at the shop is no doubt even there: right after 你们, 你们这, 你们这个, 你们这些, 你们这群, 你们的, 你们家, 你这,
 * 你这个, 你个 or 你家 (你们这群骗子是不是把我钱吞了, 你们这垃圾客服能不能快点), whereas 你们是骗子吗 asks. Immutable and
 * thread-safe; one per message.
 */
final class ChineseQuestions {
    private static final Pattern CLAUSE = Pattern.compile("[^，,。.！!？?；;\\s]+");
    private static final Pattern YES_NO = Pattern.compile("(?s).*((吗|嘛)[呢啊呀]?|是不是.*|是否.*|会不会.*|算不算.*)");
    private static final List<String> ADDRESS = List.of("你们这个", "你们这些", "你们这群", "你们这", "你们的", "你们家", "你们",
            "你这个", "你这", "你个", "你家");

    private final String text;
    /** For each character, whether it lies in a yes/no question. */
    private final boolean[] asked;

    private ChineseQuestions(String text, boolean[] asked) {
        this.text = text;
        this.asked = asked;
    }

    /** The yes/no questions of {@code text}. */
    static ChineseQuestions of(String text) {
        boolean[] asked = new boolean[text.length()];
        Matcher clause = CLAUSE.matcher(text);
        while (clause.find()) {
            if (YES_NO.matcher(clause.group()).matches()) {
                Arrays.fill(asked, clause.start(), clause.end(), true);
            }
        }
        return new ChineseQuestions(text, asked);
    }

    /**
     * Whether the word starting at {@code index} is only asked about: it lies in a yes/no question and is not aimed at
     * the shop.
     */
    boolean askedAbout(int index) {
        return asked[index] && !aimedAtUs(index);
    }

    private boolean aimedAtUs(int index) {
        String before = text.substring(Math.max(0, index - 4), index);
        return ADDRESS.stream().anyMatch(before::endsWith);
    }
}
