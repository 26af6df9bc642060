package io.shopdesk.recommendation.internal;

import io.shopdesk.recommendation.Product;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The card of those shown that a question about a card points at (by place, or by a word of its name or tags: "the
 * scarf", 那个口红, 口红多少钱), a place beyond them, or, when a word fits several, the places of the cards it may
 * mean. For {@link ShownCardQuestion}, which reads the rest of the question. Immutable and thread-safe.
 *
 * @param sku      the card pointed at, or null when the place is beyond the cards or the card is not clear
 * @param position the card's place among those shown, from 1; for a place beyond them, the place asked for
 * @param choices  the places of the cards the message may mean, when it is not clear; else empty
 */
record PointedCard(String sku, int position, List<Integer> choices) {
    private static final Pattern DETERMINER_ZH = Pattern.compile("(?:这|那)一?(?:个|款|件|条|双|支|瓶|样|种|套|只|台|把|盒|顶|块|张)([\\p{IsHan}]{2,8})");
    /** English words after "the" that name no product: "the price", "the first". */
    private static final Set<String> NO_NAME_EN = Set.of("price", "prices", "cost", "stock", "size",
            "sizes", "colour", "colours", "color", "colors", "same", "other", "one", "ones", "first", "second", "third",
            "last", "product", "products", "item", "items", "card", "cards", "brand", "link", "set", "pack", "shop",
            "store", "website", "app", "page", "details", "in", "is", "for", "and", "it", "available", "still");

    /** The card at {@code position} (from 1) of those shown. */
    static PointedCard card(List<Product> shown, int position) {
        return new PointedCard(shown.get(position - 1).sku(), position, List.of());
    }

    /**
     * The card a word of its name or tags points at: after "the", "this", "that", 那个, 这款 in either language, or, in
     * Chinese, for a message that asks a question ({@code asked}), a word of one card's name anywhere in it
     * (口红多少钱; "有没有跑步鞋" asks for running shoes). Null when no card has the word, or, without such a determiner,
     * several do.
     */
    static PointedCard byName(String message, List<Product> shown, List<CardQuestion> asked) {
        List<Integer> best = List.of();
        List<String> words = List.of(message.split("[^a-z'-]+"));
        for (int i = 0; i < words.size() && best.isEmpty(); i++) {
            if (!List.of("the", "this", "that").contains(words.get(i))) {
                continue;
            }
            List<String> name = new ArrayList<>();
            for (int j = i + 1; j < Math.min(words.size(), i + 4) && !NO_NAME_EN.contains(words.get(j)); j++) {
                name.add(words.get(j));
            }
            best = CardNames.mostWords(shown, name);
        }
        Matcher zh = DETERMINER_ZH.matcher(message);
        while (zh.find() && best.isEmpty()) {
            best = CardNames.longestShared(shown, zh.group(1));
        }
        if (best.size() > 1) {
            return new PointedCard(null, 0, best);
        }
        if (best.isEmpty()) {
            if (asked.isEmpty() || asked.getFirst() == CardQuestion.COLOURS && !CardQuestion.COLOURS.asks(message)) {
                return null;
            }
            // Chinese leaves the determiner out: 口红多少钱 asks about the lipstick shown, when one card only has a word
            // of it (跑步鞋多少钱 after three running shoes asks about running shoes).
            String rest = CardQuestionWords.without(message, asked);
            best = IntStream.range(0, shown.size()).filter(i -> CardNames.sharedRun(CardNames.chineseWords(shown.get(i)), rest) >= 2)
                    .mapToObj(i -> i + 1).toList();
            if (best.size() != 1) {
                return null;
            }
        }
        return card(shown, best.getFirst());
    }

    /** The message without the card's name (its Chinese characters, its English words) and the determiner before it. */
    static String withoutNameOf(String message, Product product) {
        String kept = Pattern.compile("[a-z][a-z'-]*").matcher(message).replaceAll(m ->
                CardNames.hasWord(product, m.group()) || List.of("the", "this", "that").contains(m.group()) ? " " : m.group());
        kept = kept.codePoints().filter(c -> !Character.isIdeographic(c) || product.nameZh().indexOf(c) < 0)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return kept.replaceAll("(?:这|那)一?(?:个|款|件|条|双|支|瓶|样|种|套|只|台|把|盒|顶|块|张)", " ");
    }
}
