package io.shopdesk.recommendation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whom a shopper buys for, read from the words of {@code knowledge-base/products/recipients.csv} (columns term,
 * recipient: "dad" → men, 老婆 → women, 儿子 → kids, 给宝宝 → baby, 爸妈 → adults) or from an age ("a 10 year old",
 * "3岁": up to 2 a baby, up to 12 a kid), and whether the products are a gift. An English term counts as whole words
 * ("son" is not in "season", "dad" is in "my dad's"), a Chinese one anywhere. When the message names several people,
 * the first named counts ("a gift for my mom from me and my dad": mom), and at the same place the longer term (爸妈,
 * not 爸). Immutable and thread-safe.
 */
final class RecipientWords {
    /** The groups products are for, as {@code Product.audience()} names them, and adults of either sex. */
    static final Set<String> GROUPS = Set.of("men", "women", "kids", "baby", "adults");

    /** "a 10 year old", "10-year-old", "6 yrs old", "3岁": an age in whole years. */
    private static final Pattern AGE = Pattern.compile("\\b(\\d{1,2})[- ]?(?:years?|yrs?)[- ]?old\\b|(\\d{1,2})\\s*(?:周岁|岁)");

    /** A gift or its occasion: "a present", "birthday", 礼物, 送礼, 生日. */
    private static final Pattern GIFT = Pattern.compile(
            "\\b(?:gifts?|presents?|birthday|anniversary|christmas|valentine'?s?)\\b|礼物|礼品|送礼|生日|纪念日|送人");

    private record Term(String surface, String recipient) {
    }

    private final List<Term> terms;

    RecipientWords(Path file) {
        this.terms = read(file);
    }

    private static List<Term> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read recipient words " + file, e);
        }
        List<Term> all = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(",");
            if (parts.length != 2 || !GROUPS.contains(parts[1].strip())) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": expected term,recipient with a recipient of "
                        + GROUPS.stream().sorted().toList() + ", got '" + line + "'");
            }
            all.add(new Term(parts[0].strip().toLowerCase(Locale.ROOT), parts[1].strip()));
        }
        return List.copyOf(all);
    }

    /** The group of the first person the lower-cased message names, or null. */
    String recipient(String lower) {
        int first = Integer.MAX_VALUE;
        int length = 0;
        String recipient = null;
        for (Term t : terms) {
            int at = WordInMessage.find(lower, t.surface());
            if (at >= 0 && (at < first || (at == first && t.surface().length() > length))) {
                first = at;
                length = t.surface().length();
                recipient = t.recipient();
            }
        }
        Matcher age = AGE.matcher(lower);
        if (age.find() && age.start() < first) {
            int years = Integer.parseInt(age.group(1) != null ? age.group(1) : age.group(2));
            return years <= 2 ? "baby" : years <= 12 ? "kids" : recipient;
        }
        return recipient;
    }

    /** Whether the lower-cased message asks for a gift. */
    static boolean gift(String lower) {
        return GIFT.matcher(lower).find();
    }
}
