package io.shopdesk.nlp.intent;

import io.shopdesk.nlp.Language;
import io.shopdesk.nlp.Token;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Turns a tokenised message into sparse binary feature names. English: lower-cased Porter stems, stem bigrams and
 * character 3- and 4-grams inside words (robust to typos). Chinese: HanLP words, word bigrams, and character
 * unigrams and bigrams (robust to segmentation errors). Digits fold to 0 and order ids to one symbol, so the model
 * learns "an order id" rather than a particular one. Stateless and thread-safe.
 */
public final class IntentFeaturizer {
    // Compiled once: String.matches and replaceAll compile their pattern on every call, once per token here.
    private static final Pattern ORDER_ID = Pattern.compile("sd\\d{8}");
    private static final Pattern PUNCTUATION = Pattern.compile("[?？!！]+");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private IntentFeaturizer() {
    }

    public static Set<String> features(String text, Language language, List<Token> tokens) {
        Set<String> features = new LinkedHashSet<>();
        String previous = "<s>";
        PorterStemmer stemmer = language == Language.EN ? new PorterStemmer() : null;
        for (Token token : tokens) {
            String word = normalise(token.text());
            if (word.isEmpty()) {
                continue;
            }
            String unit = stemmer != null && word.chars().allMatch(Character::isLetter) ? stemmer.stem(word) : word;
            features.add("w:" + unit);
            features.add("b:" + previous + "_" + unit);
            previous = unit;
            if (language == Language.EN) {
                charGrams(features, "_" + word + "_");
            }
        }
        features.add("b:" + previous + "_</s>");
        if (language == Language.ZH) {
            String han = SPACE.matcher(normalise(text)).replaceAll("");
            for (int i = 0; i < han.length(); i++) {
                features.add("c1:" + han.charAt(i));
                if (i + 1 < han.length()) {
                    features.add("c2:" + han.substring(i, i + 2));
                }
            }
        }
        return features;
    }

    private static void charGrams(Set<String> features, String word) {
        for (int n = 3; n <= 4; n++) {
            for (int i = 0; i + n <= word.length(); i++) {
                features.add("c" + n + ":" + word.substring(i, i + n));
            }
        }
    }

    private static String normalise(String word) {
        String lower = word.toLowerCase(Locale.ROOT).strip();
        if (ORDER_ID.matcher(lower).matches()) {
            return "#orderid";
        }
        if (lower.chars().allMatch(c -> !Character.isLetterOrDigit(c))) {
            return PUNCTUATION.matcher(lower).matches() ? lower.substring(0, 1) : "";
        }
        return DIGIT.matcher(lower).replaceAll("0");
    }
}
