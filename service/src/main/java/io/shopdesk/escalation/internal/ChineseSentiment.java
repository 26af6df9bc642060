package io.shopdesk.escalation.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Sentiment of a Chinese message from a lexicon kept in {@code nlp-models/sentiment/} (CSV {@code word,score},
 * scores -1..1). Each matched word is scored on its own: a negator just before it flips it (不满意 is not 满意), an
 * intensifier just before strengthens it, clipped to -1..1; longest words match first, so 不满意 wins over 满意.
 * <p>
 * The message then counts its most negative word, not the sum: a shopper who names two mild problems
 * (东西坏了，能退钱吗: 坏了 -0.4, 退钱 -0.5) is no more upset than one who names one, and a sum would make them "very
 * negative" (-0.9) and hand them to a person at once. What does make a message angrier is what people write when
 * they are: every further strongly negative word ({@value NegativeMessage#STRONG} or below: 投诉 + 消协, 太差 + 投诉) and two or more
 * exclamation marks each deepen it by {@value NegativeMessage#DEEPEN}. Positive words count only in a message with no negative one
 * (the strongest of them): thanks after a complaint do not soften it. The result is clipped to -1..1.
 * <p>
 * A strongly negative word that a yes/no question only asks about does not count ({@link ChineseQuestions}: 这个是骗子吗？,
 * 会不会是假货), as in English "is this a scam?"; one aimed at the shop does (你们这群骗子是不是…). A mild word for a problem
 * stays in a question: 东西坏了，能退钱吗 still wants its money back.
 * Fast enough for every message. Immutable and thread-safe.
 */
public final class ChineseSentiment {
    private static final List<String> NEGATORS = List.of("不", "没", "没有", "别", "不太", "并不");
    private static final Map<String, Double> INTENSIFIERS = Map.of("太", 1.5, "非常", 1.5, "特别", 1.5, "很", 1.3,
            "真", 1.3, "超级", 1.5, "极其", 1.6, "十分", 1.4);

    private final Map<String, Double> words;
    private final int longest;

    ChineseSentiment(Map<String, Double> words) {
        this.words = Map.copyOf(words);
        this.longest = words.keySet().stream().mapToInt(String::length).max().orElse(1);
    }

    /** Reads {@code word,score} lines (a header and # comments allowed; see {@link LexiconFile}). */
    public static ChineseSentiment load(Path file) {
        return new ChineseSentiment(LexiconFile.read(file));
    }

    /** -1 (very negative) to 1 (very positive); 0 when no lexicon word occurs. */
    public double score(String text) {
        double mostNegative = 0;
        double mostPositive = 0;
        int strong = 0;
        ChineseQuestions questions = ChineseQuestions.of(text);
        int i = 0;
        while (i < text.length()) {
            int matched = 0;
            for (int len = Math.min(longest, text.length() - i); len >= 1; len--) {
                Double value = words.get(text.substring(i, i + len));
                if (value != null) {
                    double word = Math.max(-1, Math.min(1, value * modifier(text, i)));
                    if (NegativeMessage.strong(word) && questions.askedAbout(i)) {
                        // 这个是骗子吗: a doubt, not an accusation.
                        matched = len;
                        break;
                    }
                    mostNegative = Math.min(mostNegative, word);
                    mostPositive = Math.max(mostPositive, word);
                    strong += NegativeMessage.strong(word) ? 1 : 0;
                    matched = len;
                    break;
                }
            }
            i += matched > 0 ? matched : 1;
        }
        if (mostNegative == 0) {
            return mostPositive;
        }
        return NegativeMessage.score(mostNegative, strong, NegativeMessage.exclaims(text) ? 1 : 0);
    }

    private static double modifier(String text, int start) {
        String before = text.substring(Math.max(0, start - 2), start);
        for (String negator : NEGATORS) {
            if (before.endsWith(negator)) {
                return -0.8;
            }
        }
        for (var e : INTENSIFIERS.entrySet()) {
            if (before.endsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return 1;
    }
}
