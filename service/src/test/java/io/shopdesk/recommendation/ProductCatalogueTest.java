package io.shopdesk.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue file as shop staff edit it: the shipped one reads, a bad row is named by file and line. */
class ProductCatalogueTest {
    static final String HEADER = "sku,name_zh,name_en,category,brand,price,stock,attributes,tags,instalments\n";

    @TempDir
    Path folder;

    private Path write(String rows) throws IOException {
        return Files.writeString(folder.resolve("products.csv"), HEADER + rows);
    }

    @Test
    void theShippedCatalogueReads() {
        assertThat(ProductCatalogue.read(Path.of("knowledge-base/products/products.csv")).size()).isEqualTo(235);
    }

    @Test
    void blankLinesAreSkippedAndQuotedFieldsMaySpanLines() throws IOException {
        ProductCatalogue catalogue = ProductCatalogue.read(write("""
                A-1,鞋,Shoe,shoes,B,10.00,1,,"running,
                light",true

                A-2,衣,Shirt,apparel,B,20,0,,,
                """));
        assertThat(catalogue.all()).extracting(Product::sku).containsExactly("A-1", "A-2");
        assertThat(catalogue.find("A-1").orElseThrow().tags()).contains("light");
        assertThat(catalogue.find("A-2").orElseThrow().instalments()).isFalse();
    }

    @Test
    void aBadRowIsNamedByItsPhysicalLine() throws IOException {
        Path file = write("""
                A-1,鞋,Shoe,shoes,B,10.00,1,,"running,
                light",true
                A-2,衣,Shirt,apparel,B,abc,0,,,false
                """);
        assertThatIllegalStateException().isThrownBy(() -> ProductCatalogue.read(file))
                .withMessage(file + ":4: price 'abc' is not a positive number");
    }

    @Test
    void negativeStockZeroPriceTypoedInstalmentsAndRepeatedSkusAreRejected() throws IOException {
        Path stock = write("A-1,鞋,Shoe,shoes,B,10,-3,,,false\n");
        assertThatIllegalStateException().isThrownBy(() -> ProductCatalogue.read(stock))
                .withMessage(stock + ":2: stock '-3' is not a whole number of 0 or more");
        Path price = write("A-1,鞋,Shoe,shoes,B,0,3,,,false\n");
        assertThatIllegalStateException().isThrownBy(() -> ProductCatalogue.read(price))
                .withMessageContaining(":2: price '0'");
        Path instalments = write("A-1,鞋,Shoe,shoes,B,10,3,,,yes\n");
        assertThatIllegalStateException().isThrownBy(() -> ProductCatalogue.read(instalments))
                .withMessage(instalments + ":2: instalments 'yes' is not true or false");
        Path twice = write("A-1,鞋,Shoe,shoes,B,10,3,,,false\nA-1,鞋,Shoe,shoes,B,10,3,,,false\n");
        assertThatIllegalStateException().isThrownBy(() -> ProductCatalogue.read(twice))
                .withMessage(twice + ":3: sku A-1 already on line 2");
    }

    @Test
    void aRowThatIsNotCsvIsNamedByItsLine() throws IOException {
        Path file = write("A-1,鞋,Shoe,shoes,B,10,3,,,false\nA-2,鞋,Shoe,shoes,B,10,3,,running,light,false\n");
        assertThatIllegalStateException().isThrownBy(() -> ProductCatalogue.read(file))
                .withMessageStartingWith(file + ":3: not valid CSV");
    }
}
