package io.shopdesk.recommendation.internal;

import io.shopdesk.recommendation.Product;
import io.shopdesk.recommendation.ProductCatalogue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the person a shopper buys for likes or does, read from the words of {@code knowledge-base/products/interests.csv}
 * (columns term, kind, tags: "running" → running, 健身 → fitness;home_gym;strength, "sports" → category:sports), so the
 * products for it can be ranked first ("a gift for my dad, he likes running", 给喜欢跑步的老爸买礼物). A term of kind
 * {@code liked} counts only in a phrase that says someone likes or does it ("he likes running", "who loves to cook",
 * "she does yoga", "is into hiking", "a coffee lover", "running gear", "for running"; 喜欢跑步, 爱做饭, 热爱露营, 喜欢喝咖啡,
 * 跑步爱好者, 健身达人, 游戏迷), not after a negation ("doesn't like running", 不喜欢跑步), or right after another interest
 * the phrase named ("likes running and cycling"); so "running shoes" names no interest. A term of kind {@code alone}
 * counts wherever it stands ("for a runner", "gamer", 跑者). An English term counts as whole words, plural too
 * ("runners"), a Chinese one anywhere. Every tag must be one some catalogue product has, and a {@code category:} entry a
 * category some product is in: a typo would otherwise rank nothing first, silently. Immutable and thread-safe.
 */
final class InterestWords {
    /** How a term counts: only in a phrase that says someone likes it, or on its own. */
    enum Kind { LIKED, ALONE }

    /** A word for a whole category in the tags column: {@code category:sports}. */
    static final String CATEGORY = "category:";

    /** Verbs and phrases of liking before the interest, with up to three words between ("likes to go running"). */
    private static final Pattern LIKING_BEFORE = Pattern.compile(
            "\\b(?:likes?|liked|loves?|loved|enjoys?|enjoyed|adores?|into|fan of|passionate about|crazy about|"
                    + "obsessed with|hobby is|hobbies are|hobbies include|plays?|playing|practi[cs]es?|took up|taken up|runs|ran)"
                    + "\\s+(?:[a-z']+\\s+){0,3}$");

    /** Words right before the interest: "she does yoga", "goes hiking", "goes to the gym", "something for running". */
    private static final Pattern DOING_BEFORE = Pattern.compile("\\b(?:does|do|doing|for|goes|go|going|goes to|go to)\\s+$");

    /** "I'd like a running watch", "would love some": a want, not a liking. */
    private static final Pattern WANT = Pattern.compile("(?:\\bwould|'d)\\s+(?:really\\s+)?(?:like|love)\\s");

    /** A negation before the liking: "doesn't like running", "is not into", "never liked". */
    private static final Pattern NEGATION_EN = Pattern.compile(
            "\\b(?:not|never|don't|doesn't|didn't|isn't|aren't|wasn't|no longer|dont|doesnt)\\s+(?:really\\s+)?$");

    /** After the interest: "a coffee lover", "running fans", "running gear", "coffee-loving". */
    private static final Pattern LIKING_AFTER_EN = Pattern.compile(
            "^(?:\\s+|-)(?:lovers?|loving|fans?|enthusiasts?|addicts?|nuts?|fanatics?|junkies?|buffs?|freaks?|gear|"
                    + "stuff|things|equipment|kit|supplies|accessories)\\b");

    /** 喜欢, 爱 (not 可爱), 热爱, 迷上 before the interest, with up to two characters between (喜欢喝咖啡, 喜欢去户外露营). */
    private static final Pattern LIKING_BEFORE_ZH = Pattern.compile(
            "(?:喜欢|喜爱|热爱|钟爱|酷爱|(?<!可)爱|迷上了?|沉迷于?|爱好是|爱好|在学|在练|常常|经常|每天|天天|平时|周末)\\p{IsHan}{0,2}$");

    /** 不喜欢, 不爱, 没兴趣, 讨厌: the character before the liking. */
    private static final Pattern NEGATION_ZH = Pattern.compile("(?:不|没|没有|并不|不太|讨厌)$");

    /** After the interest: 跑步爱好者, 健身达人, 游戏迷, 咖啡控, 跑步装备, 跑步用的. */
    private static final Pattern LIKING_AFTER_ZH = Pattern.compile("^(?:爱好者|达人|迷|控|发烧友|党|装备|用品|用的|用)");

    /** Between two interests the phrase names together: "running and cycling", 跑步和骑行, "yoga, hiking". */
    private static final Pattern JOINED = Pattern.compile("^\\s*(?:,|，|、|/|&|and|or|和|与|跟|及|或者?)\\s*(?:also\\s+)?$");

    private record Term(String surface, Kind kind, List<String> tags, boolean latin) {
    }

    private record Found(int start, int end, Term term) {
    }

    private final List<Term> terms;

    /**
     * Reads the file and checks every tag against the catalogue.
     *
     * @throws IllegalStateException naming the file and line of a row without three columns, with another kind, or
     *                               with a tag no product has (or a category no product is in)
     */
    InterestWords(Path file, ProductCatalogue catalogue) {
        this.terms = read(file, catalogue);
    }

    private static List<Term> read(Path file, ProductCatalogue catalogue) {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read interest words " + file, e);
        }
        Set<String> tags = catalogue.all().stream().flatMap(p -> p.tags().stream()).collect(Collectors.toSet());
        Set<String> categories = catalogue.all().stream().map(Product::category).collect(Collectors.toSet());
        List<Term> all = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = file + ":" + (i + 1) + ": ";
            String[] parts = line.split(",");
            if (parts.length != 3 || parts[0].isBlank() || parts[2].isBlank()) {
                throw new IllegalStateException(where + "expected term,kind,tags, got '" + line + "'");
            }
            Kind kind = switch (parts[1].strip()) {
                case "liked" -> Kind.LIKED;
                case "alone" -> Kind.ALONE;
                default -> throw new IllegalStateException(where + "the kind must be liked or alone, got '" + line + "'");
            };
            List<String> wanted = new ArrayList<>();
            for (String tag : parts[2].split(";")) {
                String t = tag.strip();
                boolean known = t.startsWith(CATEGORY) ? categories.contains(t.substring(CATEGORY.length())) : tags.contains(t);
                if (!known) {
                    throw new IllegalStateException(where + (t.startsWith(CATEGORY)
                            ? "no product of products.csv is in the category '" + t.substring(CATEGORY.length()) + "'"
                            : "no product of products.csv has the tag '" + t + "'") + ", in '" + line + "'");
                }
                wanted.add(t);
            }
            String surface = parts[0].strip().toLowerCase(Locale.ROOT);
            all.add(new Term(surface, kind, List.copyOf(wanted), surface.charAt(0) < 128));
        }
        // At one place the longer term counts: "table tennis", not "tennis"; 骑自行车, not 骑车.
        all.sort(Comparator.comparingInt((Term t) -> t.surface().length()).reversed());
        return List.copyOf(all);
    }

    /** How many terms the file has. */
    int size() {
        return terms.size();
    }

    /**
     * The tags (and {@code category:} entries) of the interests the lower-cased message says someone has, in the order
     * named, each once; empty when it names none.
     */
    List<String> interests(String lower) {
        List<Found> found = occurrences(lower);
        Set<String> tags = new LinkedHashSet<>();
        int lastEnd = -1;
        for (Found f : found) {
            boolean joined = lastEnd >= 0 && lastEnd <= f.start() && JOINED.matcher(lower.substring(lastEnd, f.start())).matches();
            if (f.term().kind() == Kind.ALONE || joined || liked(lower, f)) {
                tags.addAll(f.term().tags());
                lastEnd = f.end();
            }
        }
        return List.copyOf(tags);
    }

    /** Where the terms stand, left to right, the longest at a place, none inside another found. */
    private List<Found> occurrences(String lower) {
        List<Found> found = new ArrayList<>();
        for (Term t : terms) {
            for (int at = lower.indexOf(t.surface()); at >= 0; at = lower.indexOf(t.surface(), at + 1)) {
                int end = wordEnd(lower, at, t);
                int start = at;
                if (end >= 0 && found.stream().noneMatch(f -> start < f.end() && f.start() < end)) {
                    found.add(new Found(start, end, t));
                }
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    /** The end of the term at {@code at} (after a plural s or es of a Latin term), or -1 when it is inside a word. */
    private static int wordEnd(String lower, int at, Term t) {
        int end = at + t.surface().length();
        if (!t.latin()) {
            return end;
        }
        if (at > 0 && Character.isLetter(lower.charAt(at - 1))) {
            return -1;
        }
        for (String plural : List.of("", "s", "es")) {
            int e = end + plural.length();
            if (lower.startsWith(plural, end) && (e == lower.length() || !Character.isLetter(lower.charAt(e)))) {
                return e;
            }
        }
        return -1;
    }

    /** Whether the phrase around the term says someone likes or does it, and does not deny it. */
    private static boolean liked(String lower, Found f) {
        String before = lower.substring(0, f.start());
        String after = lower.substring(f.end());
        if (f.term().latin()) {
            var liking = LIKING_BEFORE.matcher(before);
            if (liking.find()) {
                String lead = before.substring(0, liking.start());
                return !NEGATION_EN.matcher(lead).find() && !WANT.matcher(before.substring(Math.max(0, liking.start() - 12),
                        liking.end())).find();
            }
            var doing = DOING_BEFORE.matcher(before);
            if (doing.find()) {
                return !NEGATION_EN.matcher(before.substring(0, doing.start())).find();
            }
            return LIKING_AFTER_EN.matcher(after).find();
        }
        var liking = LIKING_BEFORE_ZH.matcher(before);
        if (liking.find()) {
            return !NEGATION_ZH.matcher(before.substring(0, liking.start())).find();
        }
        return LIKING_AFTER_ZH.matcher(after).find();
    }
}
