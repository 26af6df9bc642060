package io.shopdesk.nlp;

import java.util.List;

/**
 * The catalogue as the NLP pipeline sees it: product names in both languages, so mentions become {@code product}
 * entities. The commerce module provides it from the shop database. Implementations are thread-safe.
 */
public interface ProductNames {

    record ProductName(String sku, String name) {
    }

    /** Every product name, in Chinese and English, with its sku. */
    List<ProductName> names();
}
