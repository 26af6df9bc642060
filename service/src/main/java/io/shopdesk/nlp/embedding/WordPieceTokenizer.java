package io.shopdesk.nlp.embedding;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * BERT's uncased WordPiece tokenisation: lower-case, strip accents, split on white space, punctuation and Han
 * characters, then split each word greedily into the longest vocabulary pieces ({@code ##} marks a piece inside a
 * word). A word that cannot be split becomes {@code [UNK]}, as in the model the vocabulary comes from, so the static
 * vectors are looked up exactly as the sentence encoder saw them. Immutable and thread-safe.
 */
final class WordPieceTokenizer {
    static final String UNKNOWN = "[UNK]";
    private static final int LONGEST_WORD = 100;
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{Mn}+");

    private final Map<String, Integer> vocabulary;
    private final int unknown;

    WordPieceTokenizer(Map<String, Integer> vocabulary) {
        if (!vocabulary.containsKey(UNKNOWN)) {
            throw new IllegalArgumentException("the vocabulary has no " + UNKNOWN + " entry");
        }
        this.vocabulary = Map.copyOf(vocabulary);
        this.unknown = vocabulary.get(UNKNOWN);
    }

    /** The tokeniser of a vocabulary listed in id order (line number = id; a repeated piece keeps its first id). */
    static WordPieceTokenizer of(List<String> vocabulary) {
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < vocabulary.size(); i++) {
            ids.putIfAbsent(vocabulary.get(i), i);
        }
        return new WordPieceTokenizer(ids);
    }

    /** The vocabulary ids of the text's pieces, in order; empty for a text of only white space. */
    int[] ids(String text) {
        List<Integer> ids = new ArrayList<>();
        for (String word : words(text)) {
            pieces(word, ids);
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    static List<String> words(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String folded = isAscii(lower) ? lower
                : COMBINING_MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            boolean alone = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                    || !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
            if (Character.isWhitespace(c) || alone) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                if (alone && !Character.isISOControl(c)) {
                    words.add(String.valueOf(c));
                }
            } else {
                word.append(c);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private void pieces(String word, List<Integer> ids) {
        if (word.length() > LONGEST_WORD) {
            ids.add(unknown);
            return;
        }
        int mark = ids.size();
        int start = 0;
        while (start < word.length()) {
            Integer id = null;
            int end = word.length();
            for (; end > start; end--) {
                id = vocabulary.get((start > 0 ? "##" : "") + word.substring(start, end));
                if (id != null) {
                    break;
                }
            }
            if (id == null) {
                ids.subList(mark, ids.size()).clear();
                ids.add(unknown);
                return;
            }
            ids.add(id);
            start = end;
        }
    }
}
