package io.shopdesk.recommendation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.recommendation.ProductCatalogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Phone and device model words read as what a product fits, with the shipped {@code device-words.csv} and catalogue:
 * "iphone cases" asks for phone cases, "airpods case" for the earbuds case, 苹果壳 for 手机壳; a device named alone asks
 * for nothing through it.
 */
class DeviceWordsTest {
    static final DeviceWords WORDS = DeviceWords.read(Path.of("knowledge-base/products/device-words.csv"));
    static final ProductCatalogue CATALOGUE = ProductCatalogue.read(Path.of("knowledge-base/products/products.csv"));

    /** "device: catalogue word", "device: nothing carried", or "none". */
    static String read(String text) {
        return WORDS.in(text).map(d -> d.device() + ": " + AvailabilityQuestion.ofDevice(d, CATALOGUE).catalogueWord())
                .orElse("none");
    }

    @Test
    void aDeviceBeforeAThingIsWhatTheThingFits() {
        assertThat(read("do you have iphone cases?")).isEqualTo("iPhone: phone cases");
        assertThat(read("iphone case")).isEqualTo("iPhone: phone case");
        assertThat(read("iPhone 15 Pro Max case please")).isEqualTo("iPhone: phone case");
        assertThat(read("any samsung galaxy s24 cases?")).isEqualTo("Samsung: phone cases");
        assertThat(read("airpods case")).isEqualTo("AirPods: earbuds case");
        assertThat(read("iphone screen protector")).isEqualTo("iPhone: screen protector");
        assertThat(read("iphone charging cable")).isEqualTo("iPhone: charging cable");
        assertThat(read("有苹果手机壳吗")).isEqualTo("苹果手机: 手机壳");
        assertThat(read("有没有华为的手机壳")).isEqualTo("华为: 手机壳");
        assertThat(read("苹果壳有吗")).isEqualTo("苹果: 手机壳");
    }

    @Test
    void aDeviceAloneOrWithNothingTheShopHasCarriesNothing() {
        assertThat(read("do you sell iphones?")).isEqualTo("none");
        assertThat(read("华为手机有卖吗")).isEqualTo("none");
        assertThat(read("iphone tripod")).isEqualTo("iPhone: null");
        assertThat(read("a pixelated poster")).as("a whole word only").isEqualTo("none");
    }

    @Test
    void aRowWithoutThreeColumnsIsRefusedWithItsLine(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("device-words.csv");
        Files.writeString(file, "term,kind,name\niphone,phone\n");
        assertThatThrownBy(() -> DeviceWords.read(file)).hasMessageContaining("line 2").hasMessageContaining("term,kind,name");
    }
}
