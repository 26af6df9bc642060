package io.shopdesk.recommendation;

import io.shopdesk.nlp.Language;
import io.shopdesk.recommendation.internal.RecommendationTexts;
import io.shopdesk.recommendation.internal.ValueNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The compatibility note on the cards for a shopper who named a phone or device model ("iphone cases", "airpods case",
 * 苹果手机壳; {@code device-words.csv}): each card that the catalogue says what it fits shows it ("Fits phones with a
 * 6.1-inch screen"), and the intro says that the product page lists the compatible models. The catalogue states a
 * screen size, never a model, so no card claims to fit the device named. Stateless apart from its texts; one instance
 * per reply, not shared between threads.
 */
final class DeviceNote {
    /** The attributes that say what a product fits, in the order looked at. */
    private static final List<String> FIT = List.of("fits", "fits_inch");

    private final RecommendationTexts texts;
    private final ValueNames names;
    private final ProductCatalogue catalogue;
    private final Language language;

    DeviceNote(RecommendationTexts texts, ValueNames names, ProductCatalogue catalogue, Language language) {
        this.texts = texts;
        this.names = names;
        this.catalogue = catalogue;
        this.language = language;
    }

    /** The reply with the note after its intro and the fit on the cards that have one; a reply without cards as it is. */
    ProductSuggestions noted(ProductSuggestions reply, String device) {
        if (reply.cards().isEmpty()) {
            return reply;
        }
        Map<String, Object> fits = new LinkedHashMap<>();
        List<ProductCard> cards = reply.cards().stream().map(card -> {
            Optional<String> fit = catalogue.find(card.sku()).flatMap(this::fit);
            fit.ifPresent(f -> fits.put(card.sku(), f));
            return fit.map(f -> new ProductCard(card.sku(), card.name(), card.price(), card.currency(),
                    texts.text(language, "device.fits", Map.of("fit", f)), card.link(), card.instalments(), card.rule(),
                    card.model())).orElse(card);
        }).toList();
        Map<String, Object> reason = new LinkedHashMap<>(reply.reason());
        reason.put("device", device);
        reason.put("fits", fits);
        String note = texts.text(language, "device.note", Map.of("device", device));
        return new ProductSuggestions(reply.text() + (language == Language.ZH ? "" : " ") + note, cards, reason);
    }

    /** What the catalogue says the product fits, named for the shopper ("phones with a 6.1-inch screen"). */
    private Optional<String> fit(Product product) {
        return FIT.stream().filter(product.attributes()::containsKey).findFirst()
                .map(a -> names.value(a, product.attributes().get(a), language));
    }
}
