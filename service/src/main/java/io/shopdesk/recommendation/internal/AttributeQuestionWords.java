package io.shopdesk.recommendation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The words a shopper asks about a product's attributes with ({@code knowledge-base/products/attribute-questions.csv}:
 * {@code term,kind,attributes,zh,en}): "waterproof" and 防水 ask whether a product is waterproof, "made of" and 材质 what
 * it is made of. A term of the file may name attributes no product has ("machine washable"): the answer then says the
 * catalogue does not list it rather than taking the message for a request for other products. English terms count as
 * whole words, Chinese ones anywhere, the longer term at one place ("battery life" before "battery"). Immutable and
 * thread-safe.
 */
public final class AttributeQuestionWords {
    /** No words: no message asks about attributes. */
    public static final AttributeQuestionWords NONE = new AttributeQuestionWords(List.of());

    private final List<AskedAttribute> questions;

    private AttributeQuestionWords(List<AskedAttribute> questions) {
        this.questions = questions.stream().sorted(Comparator.comparingInt((AskedAttribute q) -> q.term().length())
                .reversed()).toList();
    }

    /**
     * Reads the file (a header, then {@code term,kind,attributes,zh,en}, attributes separated by {@code ;}, {@code #}
     * lines are comments); none when it is missing.
     *
     * @throws IllegalArgumentException naming the file and line of a row without five columns or with a kind other
     *                                  than {@code yes_no} or {@code value}
     */
    public static AttributeQuestionWords read(Path file) {
        if (!Files.exists(file)) {
            return NONE;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<AskedAttribute> questions = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != 5 || cells[0].isBlank() || cells[2].isBlank()) {
                    throw new IllegalArgumentException(file + " line " + (i + 1)
                            + ": needs term,kind,attributes,zh,en, not '" + line + "'");
                }
                AskedAttribute.Kind kind = switch (cells[1].strip()) {
                    case "yes_no" -> AskedAttribute.Kind.YES_NO;
                    case "value" -> AskedAttribute.Kind.VALUE;
                    default -> throw new IllegalArgumentException(file + " line " + (i + 1)
                            + ": the kind is yes_no or value, not '" + cells[1].strip() + "'");
                };
                questions.add(new AskedAttribute(cells[0].strip().toLowerCase(Locale.ROOT), kind,
                        List.of(cells[2].strip().split("\\s*;\\s*")), cells[3].strip(), cells[4].strip()));
            }
            return new AttributeQuestionWords(questions);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the attribute questions " + file, e);
        }
    }

    /**
     * What a normalised message ({@link ShownCardQuestion#normalise}) asks about attributes, in the order asked; one
     * per thing asked (防水 and "waterproof" together are one), each term at a place no longer term took.
     */
    public List<AskedAttribute> in(String normalised) {
        String rest = normalised;
        List<int[]> at = new ArrayList<>();
        List<AskedAttribute> found = new ArrayList<>();
        for (AskedAttribute question : questions) {
            int start = WordInMessage.find(rest, question.term());
            if (start < 0) {
                continue;
            }
            rest = blank(rest, question.term());
            if (found.stream().noneMatch(question::sameAs)) {
                found.add(question);
                at.add(new int[]{start, found.size() - 1});
            }
        }
        at.sort(Comparator.comparingInt(a -> a[0]));
        return at.stream().map(a -> found.get(a[1])).toList();
    }

    /** The message with the terms of these questions blanked out (spaces, so other words keep their places). */
    static String without(String normalised, List<AskedAttribute> asked) {
        String rest = normalised;
        for (AskedAttribute question : asked) {
            rest = blank(rest, question.term());
        }
        return rest;
    }

    /** Where the first of these questions' terms stands in the message, or -1. */
    static int firstAt(String normalised, List<AskedAttribute> asked) {
        return asked.stream().mapToInt(q -> WordInMessage.find(normalised, q.term())).filter(i -> i >= 0).min().orElse(-1);
    }

    private static String blank(String text, String term) {
        String rest = text;
        for (int start = WordInMessage.find(rest, term); start >= 0; start = WordInMessage.find(rest, term)) {
            rest = rest.substring(0, start) + " ".repeat(term.length()) + rest.substring(start + term.length());
        }
        return rest;
    }
}
