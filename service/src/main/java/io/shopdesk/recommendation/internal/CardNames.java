package io.shopdesk.recommendation.internal;

import io.shopdesk.recommendation.Product;
import io.shopdesk.recommendation.ProductQuery;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Which of the cards shown a word of a message names: an English word of a card's name or tags ("the scarf"), or a
 * run of Chinese characters its Chinese name or tags share with the message (口红, 围巾). For {@link ShownCardQuestion}
 * (one card asked about) and {@link CardComparison} (the cards compared). Stateless and thread-safe.
 */
final class CardNames {

    /** The places (from 1) of the cards whose English name or tags have the most of the words (at least one). */
    static List<Integer> mostWords(List<Product> shown, List<String> words) {
        int[] counts = shown.stream().mapToInt(p -> (int) words.stream().filter(w -> w.length() > 2 && hasWord(p, w)).count())
                .toArray();
        int max = IntStream.of(counts).max().orElse(0);
        return max == 0 ? List.of() : IntStream.range(0, counts.length).filter(i -> counts[i] == max).mapToObj(i -> i + 1).toList();
    }

    static boolean hasWord(Product product, String word) {
        return ProductQuery.hasWord(product.nameEn(), word)
                || product.tags().stream().filter(tag -> !tag.startsWith("accessory_of:")).anyMatch(tag -> ProductQuery.hasWord(tag, word));
    }

    /** The places of the cards whose Chinese name or tags share the longest run of Chinese (two characters at least). */
    static List<Integer> longestShared(List<Product> shown, String text) {
        int[] lengths = shown.stream().mapToInt(p -> sharedRun(chineseWords(p), text)).toArray();
        int max = IntStream.of(lengths).max().orElse(0);
        return max < 2 ? List.of() : IntStream.range(0, lengths.length).filter(i -> lengths[i] == max).mapToObj(i -> i + 1).toList();
    }

    /** The product's Chinese name and tags, one per line. */
    static String chineseWords(Product product) {
        return product.nameZh() + "\n" + String.join("\n", product.tags());
    }

    /** The length of the longest run of Chinese characters that both have. */
    static int sharedRun(String name, String text) {
        int longest = 0;
        for (int i = 0; i < text.length(); i++) {
            // A run the name does not have is in no longer run from here: a long message costs its length times the name's.
            for (int j = i + 1; j <= text.length() && Character.isIdeographic(text.charAt(j - 1))
                    && name.contains(text.substring(i, j)); j++) {
                longest = Math.max(longest, j - i);
            }
        }
        return longest;
    }

    private CardNames() {
    }
}
