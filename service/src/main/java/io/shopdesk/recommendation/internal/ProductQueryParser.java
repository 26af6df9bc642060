package io.shopdesk.recommendation.internal;

import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.Entity;
import io.shopdesk.recommendation.ProductQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@link ProductQuery} from an analysed message: the category and product from the pipeline's entities,
 * attribute words from {@code attributes.csv}, whom the products are for from {@code recipients.csv} and whether they
 * are a gift ({@link RecipientWords}), and a price ceiling. A ceiling is an amount after
 * "under/below/less than/up to/budget/不超过/低于/最多/预算" or before "以内/以下/之内", a price named as the product's
 * ("3000元的笔记本", "2000左右的手机", "around 500 yuan", "about $80": the budget), written 1000, 1,000, 1k, 5千 or 1.5万
 * (full-width digits arrive folded by the pipeline); "$", "dollars", "美元", "刀" mean US dollars (converted at the
 * configured rate), anything else (元, 块, 块钱, yuan) CNY. Immutable and thread-safe.
 */
public final class ProductQueryParser {
    private record Term(String surface, String attribute, String value) {
    }

    /** An amount: 1,000 or 1000.50, with an optional multiplier (1k, 5千, 1.5万). */
    private static final String AMOUNT = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*(k(?![a-z])|千|万)?";
    private static final Pattern BEFORE = Pattern.compile(
            "(?:under|below|less than|cheaper than|up to|at most|max(?:imum)?|budget(?:\\s+(?:is|of|around|about))*"
                    + "|不超过|不超|低于|少于|不到|最多|最高|预算)\\s*"
                    + "(\\$|¥|￥|rmb|cny|usd)?\\s*" + AMOUNT
                    + "\\s*(dollars?|usd|bucks|yuan|rmb|cny|块钱|元|块|美元|刀)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AFTER = Pattern.compile(
            "(\\$|¥|￥)?\\s*" + AMOUNT + "\\s*(块钱|元|块|美元|刀|dollars?|usd|rmb|cny)?\\s*(?:以内|以下|之内|左右以内)",
            Pattern.CASE_INSENSITIVE);

    /** A price named as the product's ("3000元的笔记本", "2000左右的手机"): the shopper's budget. */
    private static final Pattern PRICED = Pattern.compile(
            "(\\$|¥|￥)?\\s*" + AMOUNT + "\\s*(块钱|元|块|美元|刀)?\\s*(?:左右|上下)"
                    + "|(\\$|¥|￥)?\\s*" + AMOUNT + "\\s*(块钱|元|块|美元|刀)\\s*的",
            Pattern.CASE_INSENSITIVE);
    /** "around 500 yuan", "about $80": with a currency, so "about 2 pairs" is no price. */
    private static final Pattern AROUND = Pattern.compile(
            "\\b(?:around|about|roughly)\\s+(\\$|¥|￥)?\\s*" + AMOUNT + "\\s*(dollars?|usd|bucks|yuan|rmb|cny)?(?![a-z])",
            Pattern.CASE_INSENSITIVE);

    private final List<Term> terms;
    private final RecipientWords recipients;
    private final BigDecimal usdToCny;

    /** Reads the attribute words and, beside them, {@code recipients.csv}. */
    public ProductQueryParser(Path attributesFile, double usdToCny) {
        this.terms = read(attributesFile);
        this.recipients = new RecipientWords(attributesFile.resolveSibling("recipients.csv"));
        this.usdToCny = BigDecimal.valueOf(usdToCny);
    }

    private static List<Term> read(Path file) {
        try {
            List<Term> all = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8).stream().skip(1).toList()) {
                String[] parts = line.split(",");
                if (parts.length == 3 && !line.startsWith("#")) {
                    all.add(new Term(parts[0].strip().toLowerCase(Locale.ROOT), parts[1].strip(), parts[2].strip()));
                }
            }
            all.sort(Comparator.comparingInt((Term t) -> t.surface().length()).reversed());
            return List.copyOf(all);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read attribute words " + file, e);
        }
    }

    public ProductQuery parse(Analysis analysis) {
        String text = analysis.text();
        String lower = text.toLowerCase(Locale.ROOT);
        String category = analysis.firstEntity(Entity.CATEGORY).map(Entity::value).orElse(null);
        String term = analysis.firstEntity(Entity.CATEGORY).map(Entity::text).orElse(null);
        String sku = analysis.firstEntity(Entity.PRODUCT).map(Entity::value).orElse(null);
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Term t : terms) {
            if (!attributes.containsKey(t.attribute()) && WordInMessage.find(lower, t.surface()) >= 0) {
                attributes.put(t.attribute(), t.value());
            }
        }
        return new ProductQuery(category, term, attributes, ceiling(lower), sku, recipients.recipient(lower),
                RecipientWords.gift(lower));
    }

    /** Whether the word is one of {@code attributes.csv}'s (黑色, "wireless"): a property asked for, not a product. */
    public boolean isAttributeWord(String word) {
        String lower = word.strip().toLowerCase(Locale.ROOT);
        return terms.stream().anyMatch(t -> t.surface().equals(lower));
    }

    /** The price ceiling in CNY, or null. */
    BigDecimal ceiling(String lower) {
        Matcher before = BEFORE.matcher(lower);
        if (before.find()) {
            return convert(before.group(2), before.group(3), before.group(1), before.group(4));
        }
        Matcher after = AFTER.matcher(lower);
        if (after.find()) {
            return convert(after.group(2), after.group(3), after.group(1), after.group(4));
        }
        Matcher priced = PRICED.matcher(lower);
        while (priced.find()) {
            int g = priced.group(2) != null ? 1 : 5;
            boolean currency = priced.group(g) != null || priced.group(g + 3) != null;
            if (currency || !aMeasure(lower, priced.start(), priced.end())) {
                return convert(priced.group(g + 1), priced.group(g + 2), priced.group(g), priced.group(g + 3));
            }
        }
        Matcher around = AROUND.matcher(lower);
        while (around.find()) {
            if (around.group(1) != null || around.group(4) != null) {
                return convert(around.group(2), around.group(3), around.group(1), around.group(4));
            }
        }
        return null;
    }

    /** Words around a bare "170左右" that make it a height, weight, size or age rather than a price. */
    private static final Pattern MEASURE_BEFORE = Pattern.compile("(身高|体重|高|重|岁|年龄|尺码|码|腰围|胸围|脚长|鞋码|cm|厘米|公斤|斤|kg)\\s*$");

    private static boolean aMeasure(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 6), start);
        String after = text.substring(end, Math.min(text.length(), end + 3));
        return MEASURE_BEFORE.matcher(before).find() || after.matches("(?s)^\\s*(码|cm|厘米|公斤|斤|kg|岁|号|度|米|g|克|毫升|ml).*");
    }

    private BigDecimal convert(String amount, String multiplier, String symbol, String unit) {
        BigDecimal value = new BigDecimal(amount.replace(",", ""));
        if (multiplier != null) {
            value = value.multiply(BigDecimal.valueOf("万".equals(multiplier) ? 10_000 : 1_000));
        }
        boolean dollars = "$".equals(symbol) || "usd".equals(symbol)
                || (unit != null && (unit.startsWith("dollar") || unit.equals("usd") || unit.equals("bucks")
                || unit.equals("美元") || unit.equals("刀")));
        return dollars ? value.multiply(usdToCny).setScale(2, RoundingMode.HALF_UP) : value;
    }
}
