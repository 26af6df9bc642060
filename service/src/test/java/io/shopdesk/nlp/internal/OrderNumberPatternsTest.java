package io.shopdesk.nlp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.nlp.Entity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team's order-number patterns ({@code nlp-models/order-numbers.yml}): found as order ids by the entity stage, and
 * every mistake a team makes in the file named with its line when it is read, before a shopper's message meets it.
 */
class OrderNumberPatternsTest {
    @TempDir
    Path dir;

    private Path file(String yaml) throws IOException {
        return Files.writeString(dir.resolve(OrderNumberPatterns.FILE), yaml);
    }

    @Test
    void theTeamsNumbersAreOrderIdsBesideShopDesksOwn() throws IOException {
        OrderNumberPatterns patterns = new OrderNumberPatterns(file("""
                # PS numbers of the old shop system, and the web shop's W-numbers
                order-numbers:
                  - pattern: 'PS-\\d{7}'
                    example: PS-1234567
                  - pattern: 'w\\d{6}'
                    example: w123456
                """));
        EntityStage stage = new EntityStage(StagesForTests.WEDNESDAY_NOON_SHANGHAI, patterns);

        assertThat(orderIds(stage, "where is ps-1234567?")).containsExactly("PS-1234567");
        assertThat(orderIds(stage, "PS-1234567和SD10000001都没到")).containsExactly("PS-1234567", "SD10000001");
        assertThat(orderIds(stage, "order W123456 please")).containsExactly("W123456");
        // Not inside a longer number, nor a number that only starts like one.
        assertThat(orderIds(stage, "where is PS-12345678")).isEmpty();
        assertThat(orderIds(stage, "where is XPS-1234567")).isEmpty();
        assertThat(orderIds(new EntityStage(StagesForTests.WEDNESDAY_NOON_SHANGHAI), "where is PS-1234567")).isEmpty();
    }

    private static List<String> orderIds(EntityStage stage, String text) {
        return StagesForTests.run(text, stage).get(io.shopdesk.nlp.Keys.ENTITIES).stream()
                .filter(e -> e.type().equals(Entity.ORDER_ID)).map(Entity::value).toList();
    }

    @Test
    void noFileOrAnEmptyListIsNoPatterns() throws IOException {
        assertThat(new OrderNumberPatterns(dir.resolve("absent.yml")).size()).isZero();
        assertThat(new OrderNumberPatterns(file("order-numbers:\n")).size()).isZero();
        assertThat(new OrderNumberPatterns(file("# nothing yet\n")).size()).isZero();
    }

    @Test
    void eachMistakeIsNamedWithItsLine() throws IOException {
        assertError("order-numbers:\n  - pattern: 'PS-\\d{7'\n    example: PS-1234567\n",
                ":2: order number 1: pattern 'PS-\\d{7' is not a regular expression (Unclosed counted closure near "
                        + "character 7)");
        assertError("order-numbers:\n  - pattern: 'PS-\\d{7}'\n    example: PS-123456\n",
                ":2: order number 1: pattern 'PS-\\d{7}' does not match its example 'PS-123456' (as a whole)");
        assertError("order-numbers:\n  - pattern: 'PS-\\d{7}'\n", ":2: order number 1: no 'example' (one of your order "
                + "numbers, which the pattern must match)");
        assertError("order-numbers:\n  - example: PS-1234567\n", ":2: order number 1: no 'pattern' (a regular "
                + "expression such as 'PS-\\d{7}')");
        assertError("order-numbers:\n  - pattern: '\\d{4,}'\n    example: '1234567'\n", ":2: order number 1: pattern "
                + "'\\d{4,}' matches 5678, the last four phone digits the bot asks shoppers for; make it longer or give it "
                + "its prefix");
        assertError("order-numbers:\n  - pattern: 'PS-\\d{7}'\n    example: PS-1234567\n    name: old\n",
                ":4: order number 1: unknown key 'name'; an order number has 'pattern' and 'example'");
        assertError("orders:\n  - pattern: 'PS-\\d{7}'\n", ":1: expected 'order-numbers:' and a list of '- pattern: "
                + "…' with an 'example:' each, as in: order-numbers: [{pattern: 'PS-\\d{7}', example: PS-1234567}]");
        assertError("order-numbers:\n  - pattern: 'PS-\\d{7}\n", ":3: not valid YAML (");
    }

    private void assertError(String yaml, String expected) throws IOException {
        Path file = file(yaml);
        assertThatThrownBy(() -> new OrderNumberPatterns(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + expected);
    }
}
