package io.shopdesk.recommendation;

import io.shopdesk.recommendation.internal.AttributeQuestionWords;
import io.shopdesk.recommendation.internal.DeviceWords;
import io.shopdesk.recommendation.internal.NamedProducts;
import io.shopdesk.recommendation.internal.ProductQueryParser;
import io.shopdesk.recommendation.internal.QualityWords;
import io.shopdesk.recommendation.internal.ValueNames;

/**
 * The catalogue in service with what is read beside it: the models over the products ({@link ShopperRecommender}),
 * the words that read a message ({@code attributes.csv}, and {@code interests.csv}, whose tags must be the
 * catalogue's) and the names of attribute values
 * ({@code value-names.csv}) and the words shoppers ask about attributes with ({@code attribute-questions.csv}). Read together and swapped whole when the catalogue folder changes, so that one call
 * never mixes a new catalogue with old words. Immutable and thread-safe.
 *
 * @param recommender the catalogue and the models over it
 * @param parser      reads a message's product query with the catalogue's attribute words
 * @param valueNames  names attribute values in each language ("grey", 灰色)
 * @param attributeQuestions the words that ask about a card's attributes ("waterproof", 材质)
 * @param devices     the phone and device model words ("iphone", 华为: {@code device-words.csv}), read as what a product fits
 * @param qualities   the qualities asked of the cards shown ("warmer", 轻一点: {@code qualities.csv}, {@code quality-words.csv})
 * @param namedProducts the products a message names by name ("the cashmere scarf", 羊绒围巾), whose questions are
 *                    answered as questions about a card
 */
record CatalogueInService(ShopperRecommender recommender, ProductQueryParser parser, ValueNames valueNames,
                          AttributeQuestionWords attributeQuestions, DeviceWords devices, QualityWords qualities,
                          NamedProducts namedProducts) {

    /** Reads the catalogue folder of the settings; fails with the file and line of what cannot be read. */
    static CatalogueInService read(RecommendationSettings settings, ProductCatalogue catalogue, TrainedRecommenders models) {
        ProductQueryParser words = new ProductQueryParser(settings.catalogue().resolve("attributes.csv"),
                settings.usdToCny(), catalogue);
        ValueNames named = ValueNames.read(settings.catalogue().resolve("value-names.csv"));
        AttributeQuestionWords asked = AttributeQuestionWords.read(settings.catalogue().resolve("attribute-questions.csv"));
        DeviceWords devices = DeviceWords.read(settings.catalogue().resolve("device-words.csv"));
        QualityWords qualities = QualityWords.read(settings.catalogue().resolve("qualities.csv"),
                settings.catalogue().resolve("quality-words.csv"), catalogue);
        return new CatalogueInService(new ShopperRecommender(catalogue, models), words, named, asked, devices, qualities,
                new NamedProducts(catalogue, words::isAttributeWord));
    }

    ProductCatalogue catalogue() {
        return recommender.catalogue();
    }
}
