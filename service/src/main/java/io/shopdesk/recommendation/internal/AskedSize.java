package io.shopdesk.recommendation.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The size a shopper's message asks for, read beside the price ({@link AskedPrice}) as a filter of the products: a
 * number ("size 44", "in a 44", "EU 42", "44码", "42码的", "穿44的", "鞋码44", "120码" for kids' clothes) or a letter size
 * ("size M", "size medium", "in XL", "M码", "XL号", "XXXL的", "穿L的", "XL有货吗", "xxl还有吗": a size of two letters or
 * more before the question of stock, where a lone S, M or L could be a word's). Written as {@link ProductSizes} compares it: "44", "42.5",
 * "M", "XXL" (2XL). Not a size: two numbers ("42-44码", "size 42-44": no one size is asked), a screen or a measure
 * ("size 55 inch", "size 60x40cm"), "in 30 days", a code (验证码), and 44号 (a day of the month as often as a size).
 * Stateless and thread-safe.
 */
public final class AskedSize {
    private static final String NUMBER = "(\\d{1,3}(?:\\.5)?)";
    private static final String LETTER = "(xxs|xs|xxxl|xxl|xl|2xl|3xl|s|m|l|extra large|extra small|x-large|x-small"
            + "|small|medium|large)";
    /** Not one end of two numbers, nor a measure: "size 42-44", "size 55 inch", "size 60x40cm". */
    private static final String NOT_A_RANGE_OR_MEASURE = "(?![\\d.a-z])(?!\\s*(?:-|–|~|～|to\\b|到|至)\\s*\\d)"
            + "(?!\\s*(?:x\\s*\\d|cm|mm|inch|in\\b|\"|寸|英寸|厘米|毫米|升|l\\b|litres?|liters?|kg|公斤|g\\b|克))";
    /** What may follow a bare "in a 44" or "in XL": the end, a stop, or a word that adds nothing. */
    private static final String END = "(?=\\s*(?:$|[?!.,;？！。，]|please\\b|too\\b|as well\\b|also\\b|or\\b|eu\\b|size\\b))";

    /** The patterns, each with the size as group 1, in the order tried. */
    private static final List<Pattern> FORMS = List.of(
            Pattern.compile("\\bsize\\s*(?:eu\\s*)?" + NUMBER + NOT_A_RANGE_OR_MEASURE),
            Pattern.compile("\\b(?:eu|eur)\\s*(?:size\\s*)?" + NUMBER + NOT_A_RANGE_OR_MEASURE),
            Pattern.compile("\\bin\\s+(?:an?\\s+)?(\\d{2}(?:\\.5)?)(?![\\d.])" + END),
            Pattern.compile("\\bsize\\s+" + LETTER + "\\b"),
            Pattern.compile("\\bin\\s+(?:an?\\s+)?(xxs|xs|xxxl|xxl|xl|2xl|3xl|extra large|extra small|small|medium|large)"
                    + END),
            Pattern.compile("(?:尺码|鞋码|码数|欧码|尺寸)\\s*(?:是|为|:|：)?\\s*" + NUMBER + NOT_A_RANGE_OR_MEASURE),
            Pattern.compile("(?<![\\d.\\-–~～到至a-z])(\\d{2,3}(?:\\.5)?)\\s*码"),
            Pattern.compile("穿\\s*(\\d{2,3}(?:\\.5)?)(?![\\d.])\\s*(?:码|号)?(?!\\s*(?:-|到|至)\\s*\\d)"),
            Pattern.compile("(?<![a-z\\d])(?<!iphone\\s{0,2})(xxs|xs|xxxl|xxl|xl|2xl|3xl|s|m|l)\\s*(?:码|号|(?=的))"),
            Pattern.compile("穿\\s*(xxs|xs|xxxl|xxl|xl|2xl|3xl|s|m|l)(?![a-z])"),
            Pattern.compile("(?<![a-z\\d])(xxs|xs|xxxl|xxl|xl|2xl|3xl)(?=\\s*(?:有货|有库存|有现货|还有|有吗|有么|有没有|有不))"));

    private AskedSize() {
    }

    /** The size a lower-case message asks for, or null when it asks for none. */
    public static String in(String lower) {
        for (Pattern form : FORMS) {
            Matcher m = form.matcher(lower);
            if (m.find()) {
                String size = m.group(1);
                if (size.matches("[\\d.]+")) {
                    BigDecimal number = new BigDecimal(size);
                    if (number.signum() > 0) {
                        return number.stripTrailingZeros().toPlainString();
                    }
                } else {
                    return ProductSizes.letter(size);
                }
            }
        }
        return null;
    }
}
