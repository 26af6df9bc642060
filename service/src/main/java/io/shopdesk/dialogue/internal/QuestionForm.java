package io.shopdesk.dialogue.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a clause of a message is worded as a question or a request ("how long does shipping take", "can I pay with
 * huabei", "I want to return it", 运费多少, 支持花呗吗, 帮我查一下), and the words that join it to the clause before
 * ("Also,", "and", 另外, 顺便问下), which are no part of the question. Only the form is judged, never the meaning:
 * "I bought it last week" is context for the question after it, "hello" and 谢谢 are no questions. Whether the
 * question is one the bot understands is for the intent model and the FAQ search ({@link QuestionParts}).
 * Thread-safe (stateless).
 */
public final class QuestionForm {
    /** English question words. */
    private static final String WH = "(?:how|what|what's|whats|where|where's|wheres|when|why|which|who|whose)\\b";
    /**
     * A verb that opens a question when its subject follows ("can I", "do you", "is there", "does the jacket"); without
     * one it opens a statement that leaves out its subject ("don't want it any more", "have a new number").
     */
    private static final String ASKING_VERB = "(?:can|could|do|does|did|is|are|was|were|will|would|should|shall|may"
            + "|isn't|aren't|don't|doesn't|didn't|can't|won't|wouldn't|shouldn't)\\s+(?:i|you|u|we|they|it|he|she|there"
            + "|this|that|these|those|my|your|our|the|a|an|any|shipping|delivery|returns?|refunds?)\\b";
    /** What opens a request. */
    private static final String REQUEST = "(?:please|pls|plz|tell me|help me|show me|let me know|i want|i wanna"
            + "|i'd like|i would like|i need|i'm looking for|im looking for)\\b";
    /** What opens an English question or request, after any joining word. */
    static final String ENGLISH_OPENING = "(?:" + WH + "|" + ASKING_VERB + "|" + REQUEST + "|looking for\\b|any\\b)";
    /** What opens a new question after "and", "also" or "plus" inside a sentence ("and can I", "also do you"). */
    static final String JOINED_OPENING = "(?:" + WH + "|" + ASKING_VERB + "|" + REQUEST + ")";
    private static final Pattern ENGLISH_QUESTION = Pattern.compile("(?i)\\s*" + ENGLISH_OPENING + ".*",
            Pattern.DOTALL);
    /** Chinese question words and particles, and the openings of a request (我想, 请, 帮我). */
    private static final Pattern CHINESE_QUESTION = Pattern.compile(
            "(?s).*(吗|么[？?。！!\\s]*$|呢|怎么|怎样|如何|什么|啥|多少|多久|几|哪|谁|为什么|为啥|是否|能否|可否|有没有|是不是"
                    + "|能不能|可不可以|可以不|支不支持|会不会|要不要|行不行|我想|我要|想问|请问|(?<!申)请|帮我|麻烦).*");
    /**
     * The words joining a clause to the one before. 还有 only when it cannot mean "still have" (还有货吗): before a
     * comma or a phrase that announces a question; 另外 not when it means "the other one" (另外一件).
     */
    private static final Pattern JOINING = Pattern.compile("(?i)^[\\s,，、:：]*(?:"
            + "(?:and\\s+)?also\\b|and\\b|plus\\b|but\\b|oh\\s+and\\b|by\\s+the\\s+way\\b|btw\\b|besides\\b"
            + "|additionally\\b|one\\s+more\\s+thing\\b|another\\s+question\\b|one\\s+more\\s+question\\b"
            + "|另外(?:一个问题|还有|问一?下|想问一?下)?(?![一的件个双条款种])|还有(?=[\\s,，、:：]|一个问题|个问题|就是|想问|问一?下|我想|请问)"
            + "(?:一个问题|个问题|就是)?|以及|此外|顺便(?:再)?(?:问一?下|问问|说一?下|请问|想问一?下)?|再问一?下|还想问一?下"
            + "|我还想问一?下|另外再问一?下)[\\s,，、:：]*");

    private QuestionForm() {
    }

    /**
     * Where the clause starts once its joining words are left out: the index into {@code clause} of its first word,
     * 0 when it has none ("Also, do you ship to Hong Kong?" starts at "do").
     */
    public static int afterJoiningWords(String clause) {
        int start = 0;
        // "and also", "另外还有": several joining words in a row are all left out.
        while (true) {
            Matcher m = JOINING.matcher(clause.substring(start));
            if (!m.find() || m.end() == 0) {
                return start;
            }
            start += m.end();
        }
    }

    /** Whether the clause, joining words left out, asks something or asks for something. */
    public static boolean isQuestion(String clause) {
        return question(clause, true);
    }

    /**
     * Whether the clause is worded as a question, a question mark at its end aside: "a payment?" ends a list ("an
     * order, a return, a payment?"), while "can I pay with PayPal?" opens a question of its own.
     */
    public static boolean isWordedAsQuestion(String clause) {
        return question(clause, false);
    }

    private static boolean question(String clause, boolean questionMarkCounts) {
        String text = clause.substring(afterJoiningWords(clause)).strip();
        if (text.isEmpty()) {
            return false;
        }
        long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        String words = text.replaceAll("[\\p{Punct}？！。，；：、]+", " ").strip();
        boolean substantial = han >= 2 || words.split("\\s+").length >= 2;
        if (!substantial) {
            return false;
        }
        if (questionMarkCounts && (text.endsWith("?") || text.endsWith("？"))) {
            return true;
        }
        return han > 0 ? CHINESE_QUESTION.matcher(text).matches()
                : ENGLISH_QUESTION.matcher(text.toLowerCase(Locale.ROOT)).matches();
    }
}
