package io.shopdesk.recommendation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The products recommendations choose from, read from {@code products.csv} (columns sku, name_zh, name_en, category,
 * brand, price, stock, attributes as {@code k=v;k=v}, tags comma-separated, instalments). The demo database's
 * {@code products} table holds the same rows (V2 and V11 seeds; a test checks they agree). Products keep the file's
 * order, and {@link #index} numbers them 0..n-1 for array-based scoring. Immutable and thread-safe.
 */
public final class ProductCatalogue {
    private final List<Product> products;
    private final Map<String, Integer> index;

    public ProductCatalogue(List<Product> products) {
        this.products = List.copyOf(products);
        Map<String, Integer> bySku = new HashMap<>();
        for (int i = 0; i < products.size(); i++) {
            if (bySku.put(products.get(i).sku(), i) != null) {
                throw new IllegalArgumentException("duplicate sku " + products.get(i).sku());
            }
        }
        this.index = Map.copyOf(bySku);
    }

    /**
     * Reads and checks the catalogue file.
     *
     * @throws IllegalStateException naming the file and line of the first row that is not valid CSV or not a valid
     *                               product (missing column, a price that is not a positive number, negative stock,
     *                               instalments other than true/false, a sku seen before)
     */
    public static ProductCatalogue read(Path file) {
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<Product> products = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class).with(schema)
                .readValues(Files.newInputStream(file))) {
            while (true) {
                long line = rows.currentLocation().getLineNr();
                Map<String, String> row;
                try {
                    if (!rows.hasNext()) {
                        break;
                    }
                    line = rows.currentLocation().getLineNr();
                    row = rows.next();
                } catch (RuntimeException e) {
                    throw new IllegalStateException(file + ":" + line + ": not valid CSV: " + e.getMessage(), e);
                }
                if (row.values().stream().allMatch(v -> v == null || v.isBlank())) {
                    continue;
                }
                try {
                    Product product = product(row);
                    Integer earlier = seen.putIfAbsent(product.sku(), (int) line);
                    if (earlier != null) {
                        throw new IllegalArgumentException("sku " + product.sku() + " already on line " + earlier);
                    }
                    products.add(product);
                } catch (RuntimeException e) {
                    throw new IllegalStateException(file + ":" + line + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the product catalogue " + file, e);
        }
        return new ProductCatalogue(products);
    }

    private static Product product(Map<String, String> row) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String pair : row.getOrDefault("attributes", "").split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                attributes.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        var tags = new LinkedHashSet<>(Arrays.stream(row.getOrDefault("tags", "").split(","))
                .map(String::strip).filter(t -> !t.isEmpty()).toList());
        return new Product(required(row, "sku"), required(row, "name_zh"), required(row, "name_en"),
                required(row, "category"), row.get("brand"), price(required(row, "price")),
                stock(required(row, "stock")), attributes, tags, instalments(row.get("instalments")));
    }

    private static BigDecimal price(String text) {
        try {
            BigDecimal price = new BigDecimal(text);
            if (price.signum() > 0) {
                return price;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("price '" + text + "' is not a positive number");
    }

    private static int stock(String text) {
        try {
            int stock = Integer.parseInt(text);
            if (stock >= 0) {
                return stock;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("stock '" + text + "' is not a whole number of 0 or more");
    }

    /** Blank means no instalments; anything but true or false is a typo, not a no. */
    private static boolean instalments(String text) {
        String value = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (value) {
            case "", "false" -> false;
            case "true" -> true;
            default -> throw new IllegalArgumentException("instalments '" + text + "' is not true or false");
        };
    }

    private static String required(Map<String, String> row, String column) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing " + column);
        }
        return value.strip();
    }

    public List<Product> all() {
        return products;
    }

    public int size() {
        return products.size();
    }

    public Product get(int index) {
        return products.get(index);
    }

    public Optional<Product> find(String sku) {
        Integer at = index.get(sku);
        return at == null ? Optional.empty() : Optional.of(products.get(at));
    }

    /** The product's number, or -1. */
    public int index(String sku) {
        Integer at = index.get(sku);
        return at == null ? -1 : at;
    }

    /** The first product whose English or Chinese name is exactly {@code name} (order items carry names). */
    public Optional<Product> byName(String name) {
        return products.stream().filter(p -> p.nameEn().equals(name) || p.nameZh().equals(name)).findFirst();
    }
}
