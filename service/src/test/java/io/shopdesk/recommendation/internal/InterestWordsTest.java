package io.shopdesk.recommendation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.recommendation.ProductCatalogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the person a shopper buys for likes, read from the shipped interests.csv, and the file's checks. */
class InterestWordsTest {
    static final ProductCatalogue CATALOGUE = ProductCatalogue.read(Path.of("knowledge-base/products/products.csv"));
    final InterestWords words = new InterestWords(Path.of("knowledge-base/products/interests.csv"), CATALOGUE);

    private List<String> interests(String message) {
        return words.interests(message.toLowerCase(Locale.ROOT));
    }

    @Test
    void englishPhrasesThatSaySomeoneLikesSomething() {
        for (String running : List.of("looking for a gift for my dad, he likes running",
                "a gift for my dad who loves running", "running gear as a gift for my dad", "something for a runner",
                "my dad is into running", "he enjoys jogging", "gift for runners", "she loves to go running",
                "he runs marathons", "he goes running every morning", "a present for a running fan",
                "something for running")) {
            assertThat(interests(running)).as(running).containsExactly("running");
        }
        assertThat(interests("my mom who loves cooking")).containsExactly("cookware", "kitchen");
        assertThat(interests("she does yoga")).containsExactly("yoga");
        assertThat(interests("a gift for a coffee lover")).containsExactly("coffee");
        assertThat(interests("he's a gamer")).containsExactly("gaming");
        assertThat(interests("my son plays video games")).containsExactly("gaming");
        assertThat(interests("he likes to cook")).containsExactly("cookware", "kitchen");
        assertThat(interests("goes to the gym a lot")).containsExactly("fitness", "home_gym", "strength");
        assertThat(interests("she loves table tennis")).as("the longer term").containsExactly("table_tennis");
        assertThat(interests("my brother likes sports")).containsExactly("category:sports");
    }

    @Test
    void chinesePhrasesThatSaySomeoneLikesSomething() {
        for (String running : List.of("给我爸买个礼物，他喜欢跑步", "给喜欢跑步的老爸买礼物", "跑步爱好者用什么好",
                "老公是个跑者", "给爸爸买点跑步装备", "他每天跑步", "我爸爱跑马拉松")) {
            assertThat(interests(running)).as(running).containsExactly("running");
        }
        assertThat(interests("老婆爱健身")).containsExactly("fitness", "home_gym", "strength");
        assertThat(interests("男朋友热爱露营")).containsExactly("camping");
        assertThat(interests("我妈喜欢喝咖啡")).containsExactly("coffee");
        assertThat(interests("她爱做饭")).containsExactly("cookware", "kitchen");
        assertThat(interests("儿子是个游戏迷")).containsExactly("gaming");
        assertThat(interests("给爱玩游戏的弟弟买个礼物")).containsExactly("gaming");
    }

    @Test
    void severalInterestsInTheOrderNamed() {
        assertThat(interests("he likes running and cycling")).containsExactly("running", "cycling");
        assertThat(interests("他喜欢跑步和骑行")).containsExactly("running", "cycling");
    }

    @Test
    void aProductWordOrADenialIsNoInterest() {
        for (String none : List.of("running shoes under 500", "running shoes for my dad", "a gift for my mom",
                "推荐一款跑步鞋", "给我妈买个礼物", "he doesn't like running", "she is not into yoga", "他不喜欢跑步",
                "I'd like a coffee machine", "我想买个可爱的跑步包", "the shoes run small", "do you have yoga mats")) {
            assertThat(interests(none)).as(none).isEmpty();
        }
    }

    @Test
    void aTagNoProductHasNamesTheFileAndLine(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("interests.csv");
        Files.writeString(file, "term,kind,tags\n# a comment\nrunning,liked,running\njogging,liked,runing\n");
        assertThatThrownBy(() -> new InterestWords(file, CATALOGUE)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file + ":4").hasMessageContaining("no product of products.csv has the tag 'runing'");
    }

    @Test
    void aCategoryNoProductIsInAKindOtherThanLikedOrAloneAndAMissingColumnAreErrorsToo(@TempDir Path folder)
            throws IOException {
        Path file = folder.resolve("interests.csv");
        Files.writeString(file, "term,kind,tags\nsports,liked,category:garden\n");
        assertThatThrownBy(() -> new InterestWords(file, CATALOGUE)).hasMessageContaining(file + ":2")
                .hasMessageContaining("no product of products.csv is in the category 'garden'");
        Files.writeString(file, "term,kind,tags\nrunner,person,running\n");
        assertThatThrownBy(() -> new InterestWords(file, CATALOGUE)).hasMessageContaining(file + ":2")
                .hasMessageContaining("the kind must be liked or alone");
        Files.writeString(file, "term,kind,tags\nrunning,running\n");
        assertThatThrownBy(() -> new InterestWords(file, CATALOGUE)).hasMessageContaining(file + ":2")
                .hasMessageContaining("expected term,kind,tags, got 'running,running'");
    }

    @Test
    void everyShippedTermReadsAsItsOwnInterest() {
        assertThat(words.size()).isGreaterThanOrEqualTo(100);
        assertThat(new InterestWords(Path.of("no-such-folder/interests.csv"), CATALOGUE).size()).as("no file, no words")
                .isZero();
    }
}
