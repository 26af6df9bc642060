package io.shopdesk.commerce;

import io.shopdesk.nlp.ProductNames;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The product names of the shop database, for the NLP pipeline's product stage. Read once; thread-safe. */
@Component
class CatalogueProductNames implements ProductNames {
    private final List<ProductName> names;

    CatalogueProductNames(JdbcClient jdbc) {
        List<ProductName> all = new ArrayList<>();
        jdbc.sql("SELECT sku, name_en, name_zh FROM products ORDER BY id")
                .query(rs -> {
                    all.add(new ProductName(rs.getString(1), rs.getString(2)));
                    all.add(new ProductName(rs.getString(1), rs.getString(3)));
                });
        this.names = List.copyOf(all);
    }

    @Override
    public List<ProductName> names() {
        return names;
    }
}
