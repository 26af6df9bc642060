package io.shopdesk.recommendation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a shopper's message asks for: a category, a name term within it ("跑步鞋", "earbuds"), attributes
 * (wireless=true, color=black, waterproof=*), a price range in CNY, a product mentioned by name, whom the products
 * are for, whether they are a gift and what that person likes. Every part may be absent (null, empty or false).
 * Immutable and thread-safe.
 *
 * @param maxPrice  the most a product may cost: a ceiling ("under 500", "500以内"), the top of a range ("300到500") or
 *                  of a band around a price
 * @param minPrice  the least a product may cost: a floor ("over 500", "500以上"), the bottom of a range or of a band
 * @param aroundPrice the price a band is around ("1000元左右", "around $50"), products closest to it ranked first;
 *                  null when the shopper gave no such price
 * @param term      a category word from the message, or else the word the catalogue finds the product the shopper
 *                  named by ("phones", "冰箱"), used to narrow the selection when product names contain it
 * @param recipient whom the products are for, as {@link Product#audience()} names groups ("men" for "my dad",
 *                  "kids" for 儿子, "baby" for 给宝宝); null when the message names nobody. Not a filter: the
 *                  recommendation rules turn down products for another group, and that group's own products rank first
 * @param gift      the shopper wants a gift ("a present", "生日礼物"): gift-tagged products rank first
 * @param interests what the person likes or does ("he likes running", 爱健身, "a coffee lover"), as the catalogue tags
 *                  of {@code knowledge-base/products/interests.csv} ({@code running}, {@code fitness}) and
 *                  {@code category:<category>} entries, in the order named; empty for none. Not a filter: the products
 *                  that have one rank first, and when none does the others are shown as before
 */
public record ProductQuery(String category, String term, Map<String, String> attributes, BigDecimal maxPrice,
                           String productSku, String recipient, boolean gift, BigDecimal minPrice,
                           BigDecimal aroundPrice, List<String> interests) {

    public static final ProductQuery ANY = new ProductQuery(null, null, Map.of(), null, null);

    /**
     * The attribute that holds the size asked for ("size 44", 44码, "M码": "44", "M"); a product has it when it comes in
     * that size ({@link Product#has}). Unlike the other attributes a selection never gives it up: a shoe that does not
     * come in 44 is no answer to "size 44", however close.
     */
    public static final String SIZE = "size";

    public ProductQuery {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        interests = interests == null ? List.of() : List.copyOf(interests);
    }

    /** A query that names no interest. */
    public ProductQuery(String category, String term, Map<String, String> attributes, BigDecimal maxPrice,
                        String productSku, String recipient, boolean gift, BigDecimal minPrice, BigDecimal aroundPrice) {
        this(category, term, attributes, maxPrice, productSku, recipient, gift, minPrice, aroundPrice, List.of());
    }

    /** A query with at most a price ceiling. */
    public ProductQuery(String category, String term, Map<String, String> attributes, BigDecimal maxPrice,
                        String productSku, String recipient, boolean gift) {
        this(category, term, attributes, maxPrice, productSku, recipient, gift, null, null, List.of());
    }

    /** A query for nobody in particular and not a gift, with at most a price ceiling. */
    public ProductQuery(String category, String term, Map<String, String> attributes, BigDecimal maxPrice,
                        String productSku) {
        this(category, term, attributes, maxPrice, productSku, null, false);
    }

    /** Whether {@code product} satisfies the category, attribute and price parts (the term is applied separately). */
    public boolean accepts(Product product) {
        if (category != null && !category.equals(product.category())) {
            return false;
        }
        if (maxPrice != null && product.price().compareTo(maxPrice) > 0) {
            return false;
        }
        if (minPrice != null && product.price().compareTo(minPrice) < 0) {
            return false;
        }
        for (Map.Entry<String, String> wanted : attributes.entrySet()) {
            if (!product.has(wanted.getKey(), wanted.getValue())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the product's name or one of its tags has the term: anywhere in Chinese, case aside ("polo衫" in
     * "纯棉Polo衫"); in English as a whole word (Chinese beside it counts as a word break) ("humidifier" is not in "Dehumidifier", "cars" not in "cardio",
     * "pillow" not in "Pillowcase"), a plural also matching its singular and the other way round ("laptops" in
     * "PixelArc Laptop Air 14", "boxes" in "Storage Box", "sneaker" in "Canvas Sneakers"). Tags carry the words
     * shoppers use that a name does not ("perfume" for an Eau de Parfum, "earphones" for earbuds).
     */
    public boolean matchesTerm(Product product) {
        return term == null || hasWord(product.nameZh(), term) || hasWord(product.nameEn(), term)
                || product.tags().stream().filter(tag -> !tag.startsWith("accessory_of:")).anyMatch(tag -> hasWord(tag, term));
    }

    /** Whether a name or tag has a shopper's word, by the rule {@link #matchesTerm} applies. */
    public static boolean hasWord(String name, String word) {
        String lowerName = name.toLowerCase(java.util.Locale.ROOT);
        String lowerWord = word.toLowerCase(java.util.Locale.ROOT);
        if (lowerWord.isEmpty() || !lowerWord.chars().allMatch(c -> c < 128)) {
            return lowerName.contains(lowerWord);
        }
        java.util.List<String> forms = new java.util.ArrayList<>(java.util.List.of(lowerWord));
        if (lowerWord.endsWith("es") && lowerWord.length() > 4) {
            forms.add(lowerWord.substring(0, lowerWord.length() - 2));
        }
        if (lowerWord.endsWith("s") && lowerWord.length() > 3) {
            forms.add(lowerWord.substring(0, lowerWord.length() - 1));
        }
        for (String form : forms) {
            for (int at = lowerName.indexOf(form); at >= 0; at = lowerName.indexOf(form, at + 1)) {
                int end = at + form.length();
                int wordEnd = end;
                while (wordEnd < lowerName.length() && isLatinLetterOrDigit(lowerName.charAt(wordEnd))) {
                    wordEnd++;
                }
                String rest = lowerName.substring(end, wordEnd);
                // A Chinese character beside a Latin word ends it: "polo" is a word of "纯棉Polo衫".
                boolean wordStart = at == 0 || !isLatinLetterOrDigit(lowerName.charAt(at - 1));
                if (wordStart && (rest.isEmpty() || rest.equals("s") || rest.equals("es"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isLatinLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /** The size asked for ("44", "M"), or null. */
    public String size() {
        return attributes.get(SIZE);
    }

    /** The same query with no attribute but the size asked for (if any): what a selection keeps when it gives way. */
    public ProductQuery withSizeOnly() {
        return withAttributes(size() == null ? Map.of() : Map.of(SIZE, size()));
    }

    /**
     * Whether the product is what the request is for beyond its filters: for one of the person's interests when some
     * were named ("a gift for my dad, he likes running": running things, gifts or not), else a gift when a gift was
     * asked for; any product when neither. A ranking for a request; a filter for "cheaper" and "dearer" after its
     * cards, which must stay within it rather than show the cheapest of anything.
     */
    public boolean suitsTheRequest(Product product) {
        if (!interests.isEmpty()) {
            return matchesInterest(product);
        }
        return !gift || product.tags().contains("gift");
    }

    /** Whether the shopper gave a price: a ceiling, a floor or a band. */
    public boolean hasPrice() {
        return maxPrice != null || minPrice != null;
    }

    /**
     * How far the product's price is from what the shopper asked for, 0 within the range: for a band, the distance
     * from the price it is around (so the closest come first, inside the band or out of it); otherwise the distance
     * above the ceiling or below the floor.
     */
    public BigDecimal priceDistance(Product product) {
        BigDecimal price = product.price();
        if (aroundPrice != null) {
            return price.subtract(aroundPrice).abs();
        }
        if (maxPrice != null && price.compareTo(maxPrice) > 0) {
            return price.subtract(maxPrice);
        }
        if (minPrice != null && price.compareTo(minPrice) < 0) {
            return minPrice.subtract(price);
        }
        return BigDecimal.ZERO;
    }

    /** The same query at any price: without its ceiling, floor or band. */
    public ProductQuery withoutMaxPrice() {
        return new ProductQuery(category, term, attributes, null, productSku, recipient, gift, null, null, interests);
    }

    /** The same query with only this ceiling as its price (a floor or band it had is dropped). */
    public ProductQuery withMaxPrice(BigDecimal newMaxPrice) {
        return new ProductQuery(category, term, attributes, newMaxPrice, productSku, recipient, gift, null, null, interests);
    }

    /** The same query with the price range of {@code other} (its ceiling, floor and band, or none). */
    public ProductQuery withPriceOf(ProductQuery other) {
        return new ProductQuery(category, term, attributes, other.maxPrice, productSku, recipient, gift, other.minPrice,
                other.aroundPrice, interests);
    }

    public ProductQuery withAttributes(Map<String, String> newAttributes) {
        return new ProductQuery(category, term, newAttributes, maxPrice, productSku, recipient, gift, minPrice, aroundPrice, interests);
    }

    /** The same query narrowed to the products a word names ("phones", "冰箱") when the message named no category word. */
    public ProductQuery withTerm(String newTerm) {
        return new ProductQuery(category, newTerm, attributes, maxPrice, productSku, recipient, gift, minPrice, aroundPrice, interests);
    }

    public ProductQuery withCategory(String newCategory) {
        return new ProductQuery(newCategory, term, attributes, maxPrice, productSku, recipient, gift, minPrice, aroundPrice, interests);
    }

    /** The same query for someone with these interests (catalogue tags and {@code category:} entries). */
    public ProductQuery withInterests(List<String> newInterests) {
        return new ProductQuery(category, term, attributes, maxPrice, productSku, recipient, gift, minPrice, aroundPrice,
                newInterests);
    }

    public ProductQuery withProduct(String newProductSku) {
        return new ProductQuery(category, term, attributes, maxPrice, newProductSku, recipient, gift, minPrice, aroundPrice, interests);
    }

    /**
     * Whether the product is for one of the interests: it has one of their tags, or is in a category one names
     * ({@code category:sports}). False when the query names no interest.
     */
    public boolean matchesInterest(Product product) {
        return interests.stream().anyMatch(wanted -> wanted.startsWith("category:")
                ? product.category().equals(wanted.substring("category:".length()))
                : product.tags().contains(wanted));
    }

    /**
     * Whether the product is for another group than the one the products are wanted for, as the recommendation rules'
     * {@code forAnotherGroup} decide it (they turn it down; here it only ranks last): a kids' toy for a dad, a women's
     * shoe for him; not a men's or women's product for parents (adults), nor a baby's for a kid.
     */
    public boolean forAnotherGroup(Product product) {
        String audience = product.audience();
        return recipient != null && audience != null && !audience.equals(recipient)
                && !("kids".equals(recipient) && "baby".equals(audience))
                && !("adults".equals(recipient) && ("men".equals(audience) || "women".equals(audience)));
    }

    /**
     * Where the product stands for whom the products are wanted, lowest first: for the person's interest (running
     * for "my dad, he likes running"), then within each, a gift (for a gift), then for the recipient's group before
     * anyone; a product for another group last (the rules turn it down anyway). 0 for every product when the query
     * names nobody, no gift and no interest.
     */
    public int preference(Product product) {
        if (forAnotherGroup(product)) {
            return 8;
        }
        String audience = product.audience();
        int forWhom = recipient != null && recipient.equals(audience) ? 0 : 1;
        int notAGift = gift && !product.tags().contains("gift") ? 2 : 0;
        int notTheirInterest = !interests.isEmpty() && !matchesInterest(product) ? 4 : 0;
        return notTheirInterest + notAGift + forWhom;
    }
}
