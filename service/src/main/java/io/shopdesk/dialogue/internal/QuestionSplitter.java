package io.shopdesk.dialogue.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a message into the questions it asks, by its wording alone: "What is your return policy? Also, do you ship to
 * Hong Kong?", "how long does shipping take and can I pay with huabei?", 运费多少？支持花呗分期吗？, 怎么退货，另外退款多久到账.
 * It cuts at the end of a sentence (? ！ ； 。 and a full stop), at a comma or a space between Chinese clauses that are
 * both questions, and before a word that joins a new question (另外, 还有, 以及, 顺便问下; "and", "also", "plus"
 * followed by a question's opening: "and can I", "also do you"). "black and white shirt" and "return and refund
 * policy" are one question: their "and" opens none. A clause that is no question ("I bought it last week", "Hi!",
 * 谢谢) is context and stays with the question after it (or, at the end, before it), so a message with one question
 * is one part. Whether each part is a question the bot understands is decided afterwards ({@link QuestionParts}).
 * Thread-safe (stateless).
 */
public final class QuestionSplitter {
    /** Longer messages are one part: a pasted complaint is no list of questions, and the patterns stay cheap. */
    static final int MAX_LENGTH = 400;
    private static final Pattern SENTENCE_END = Pattern.compile("[?？!！;；。…]+|\\.(?=\\s+[\\p{L}])");
    private static final Pattern CLAUSE_END = Pattern.compile("[,，]|(?<=\\p{IsHan})\\s+(?=\\p{IsHan})");
    private static final Pattern JOINED_QUESTION = Pattern.compile("(?i)(?<=\\S)\\s+(?=(?:and\\s+also|and|also|plus)\\s+"
            + QuestionForm.JOINED_OPENING + ")|(?<=[吗呢么])(?=另外|还有[，,\\s]|以及|顺便)"
            // "where is my order 1234 can I change the address and do you ship to Canada": after a number, a question's
            // opening starts a new one without any punctuation (the order question was lost in the address one, stop 33)
            + "|(?i)(?<=\\d)\\s+(?=" + QuestionForm.JOINED_OPENING + ")");
    /** Words ending in a full stop that do not end a sentence ("order no. 10000001", "e.g. a jacket"). */
    private static final Set<String> ABBREVIATIONS = Set.of("no", "nr", "mr", "mrs", "ms", "dr", "st", "vs", "etc",
            "e.g", "i.e", "eg", "ie", "approx", "inc", "ltd", "co", "jr", "sr");

    /**
     * One question of the message: {@code [start, end)} in the message, joining words, outer spaces and a trailing
     * comma or semicolon left out.
     */
    public record Part(int start, int end, String text) {
    }

    /** {@code worded}: a question by its words, not only by a question mark ({@link QuestionForm#isWordedAsQuestion}). */
    private record Piece(int start, int end, boolean afterClause, boolean joined, boolean question, boolean worded) {
        Piece with(Piece next) {
            return new Piece(start, next.end, afterClause, joined, question || next.question, worded || next.worded);
        }
    }

    private QuestionSplitter() {
    }

    /** The message's questions in the order asked; one part, the whole message, when it asks one or none. */
    public static List<Part> split(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty() || text.length() > MAX_LENGTH) {
            return List.of(new Part(0, text.length(), text));
        }
        int from = text.indexOf(trimmed);
        List<Piece> pieces = new ArrayList<>();
        for (Piece piece : pieces(text, from, from + trimmed.length())) {
            Piece last = pieces.isEmpty() ? null : pieces.getLast();
            // A clause after a comma is a question of its own only when both are, the second by its words
            // ("运费多少，支持花呗吗"); otherwise one is context for the other ("衣服不合适，可以退吗", "If it doesn't fit,
            // can I return it?") or a list goes on ("an order, a return, a payment?").
            if (last != null && piece.afterClause && !piece.joined && !(last.question && piece.worded)) {
                pieces.set(pieces.size() - 1, last.with(piece));
            } else {
                pieces.add(piece);
            }
        }
        List<Piece> questions = new ArrayList<>();
        Piece context = null;
        for (Piece piece : pieces) {
            Piece whole = context == null ? piece : context.with(piece);
            if (whole.question) {
                questions.add(whole);
                context = null;
            } else {
                context = whole;
            }
        }
        if (context != null) {
            if (questions.isEmpty()) {
                questions.add(context);
            } else {
                questions.set(questions.size() - 1, questions.getLast().with(context));
            }
        }
        if (questions.size() < 2) {
            return List.of(new Part(0, text.length(), text));
        }
        return questions.stream().map(q -> part(text, q)).toList();
    }

    /** The clauses between the cuts, each marked with how it is joined to the one before. */
    private static List<Piece> pieces(String text, int from, int to) {
        List<int[]> cuts = new ArrayList<>(); // {position, 1 for a cut after a comma}
        Matcher sentence = SENTENCE_END.matcher(text).region(from, to);
        while (sentence.find()) {
            if (!".".equals(sentence.group()) || !abbreviation(text, sentence.start())) {
                cuts.add(new int[] {sentence.end(), 0});
            }
        }
        Matcher clause = CLAUSE_END.matcher(text).region(from, to);
        while (clause.find()) {
            cuts.add(new int[] {clause.end(), 1});
        }
        Matcher joined = JOINED_QUESTION.matcher(text).region(from, to);
        while (joined.find()) {
            cuts.add(new int[] {joined.end(), 0});
        }
        cuts.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        List<Piece> pieces = new ArrayList<>();
        int start = from;
        boolean afterClause = false;
        for (int[] cut : cuts) {
            if (cut[0] > start && cut[0] < to) {
                pieces.add(piece(text, start, cut[0], afterClause));
                start = cut[0];
                afterClause = cut[1] == 1;
            }
        }
        pieces.add(piece(text, start, to, afterClause));
        return pieces;
    }

    private static Piece piece(String text, int start, int end, boolean afterClause) {
        String clause = text.substring(start, end);
        return new Piece(start, end, afterClause, QuestionForm.afterJoiningWords(clause) > 0
                && !clause.substring(0, QuestionForm.afterJoiningWords(clause)).isBlank(),
                QuestionForm.isQuestion(clause), QuestionForm.isWordedAsQuestion(clause));
    }

    private static boolean abbreviation(String text, int dot) {
        int start = dot;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        String word = text.substring(start, dot).toLowerCase(Locale.ROOT);
        return word.length() == 1 || ABBREVIATIONS.contains(word);
    }

    private static Part part(String text, Piece piece) {
        int start = piece.start + QuestionForm.afterJoiningWords(text.substring(piece.start, piece.end));
        int end = piece.end;
        while (start < end && !Character.isLetterOrDigit(text.codePointAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || ",，、;；:：".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return new Part(start, end, text.substring(start, end));
    }
}
