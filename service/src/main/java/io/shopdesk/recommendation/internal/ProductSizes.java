package io.shopdesk.recommendation.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sizes a product comes in, as its {@code size} attribute in {@code products.csv} writes them: a range of numbers
 * ({@code 36-45}: shoes in EU sizes; {@code 100-150}: kids' clothes by height), a range of letter sizes
 * ({@code S-XXL}, {@code XS-L}, {@code M-L}), a list of either ({@code 35/36/37}, {@code S/M/L}), or one size
 * ({@code 7}, {@code M}). Anything else ({@code one_size}, {@code queen}, {@code 60x40cm}) is a size no shopper's
 * "size 44" or "M码" falls in: only the same words match it. Whether a product comes in the size asked for
 * ({@link AskedSize}) is what the cards are filtered by, so a shoe in 35-40 is no card for "running shoes in size 44".
 * Immutable and thread-safe.
 */
public final class ProductSizes {
    /** The letter sizes, smallest first; 2XL and 3XL are written XXL and XXXL. */
    static final List<String> LETTERS = List.of("XXS", "XS", "S", "M", "L", "XL", "XXL", "XXXL");

    private static final String NUMBER = "\\d{1,3}(?:\\.5)?";
    private static final Pattern NUMBER_RANGE = Pattern.compile("(" + NUMBER + ")\\s*-\\s*(" + NUMBER + ")");
    private static final Pattern LETTER_RANGE = Pattern.compile("([a-z0-9]{1,4})\\s*-\\s*([a-z0-9]{1,4})");

    private ProductSizes() {
    }

    /**
     * Whether a product whose {@code size} attribute is {@code offered} comes in {@code asked} (a number such as
     * "44" or "42.5", or a letter size as {@link #letter} writes it: "M", "XXL"); false when either is null.
     */
    public static boolean comeIn(String offered, String asked) {
        if (offered == null || asked == null) {
            return false;
        }
        String value = offered.strip().toLowerCase(Locale.ROOT);
        String wanted = asked.strip().toLowerCase(Locale.ROOT);
        if (value.contains("/")) {
            return List.of(value.split("/")).stream().anyMatch(one -> comeIn(one, asked));
        }
        Matcher numbers = NUMBER_RANGE.matcher(value);
        if (numbers.matches()) {
            BigDecimal size = number(wanted);
            return size != null && size.compareTo(new BigDecimal(numbers.group(1))) >= 0
                    && size.compareTo(new BigDecimal(numbers.group(2))) <= 0;
        }
        Matcher letters = LETTER_RANGE.matcher(value);
        if (letters.matches() && letter(letters.group(1)) != null && letter(letters.group(2)) != null) {
            String size = letter(wanted);
            return size != null && LETTERS.indexOf(size) >= LETTERS.indexOf(letter(letters.group(1)))
                    && LETTERS.indexOf(size) <= LETTERS.indexOf(letter(letters.group(2)));
        }
        if (number(value) != null) {
            return number(wanted) != null && number(value).compareTo(number(wanted)) == 0;
        }
        return letter(value) != null ? letter(value).equals(letter(wanted)) : value.equals(wanted);
    }

    /** A letter size as this class writes it ("xl" → "XL", "2xl" → "XXL", "medium" → "M"), or null for none. */
    static String letter(String word) {
        String upper = word.strip().toUpperCase(Locale.ROOT);
        String written = switch (upper) {
            case "2XL" -> "XXL";
            case "3XL" -> "XXXL";
            case "SMALL" -> "S";
            case "MEDIUM" -> "M";
            case "LARGE" -> "L";
            case "EXTRA LARGE", "X-LARGE" -> "XL";
            case "EXTRA SMALL", "X-SMALL" -> "XS";
            default -> upper;
        };
        return LETTERS.contains(written) ? written : null;
    }

    private static BigDecimal number(String text) {
        return text.matches(NUMBER) ? new BigDecimal(text) : null;
    }
}
