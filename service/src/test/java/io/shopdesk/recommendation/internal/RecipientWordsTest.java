package io.shopdesk.recommendation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whom a shopper buys for, read from the shipped recipients.csv, and whether it is a gift. */
class RecipientWordsTest {
    final RecipientWords words = new RecipientWords(Path.of("knowledge-base/products/recipients.csv"));

    @Test
    void englishPeopleAreTheirGroup() {
        assertThat(words.recipient("something for my dad")).isEqualTo("men");
        assertThat(words.recipient("what should i get my boyfriend")).isEqualTo("men");
        assertThat(words.recipient("a gift for my mom under 300")).isEqualTo("women");
        assertThat(words.recipient("my wife's birthday is next week")).isEqualTo("women");
        assertThat(words.recipient("a present for my daughter")).isEqualTo("kids");
        assertThat(words.recipient("anything for a newborn baby?")).isEqualTo("baby");
        assertThat(words.recipient("a gift for my parents")).isEqualTo("adults");
        assertThat(words.recipient("men's running shoes")).isEqualTo("men");
    }

    @Test
    void anEnglishWordCountsOnlyWhole() {
        assertThat(words.recipient("what's good this season")).as("son in season").isNull();
        assertThat(words.recipient("women's running shoes")).as("men in women (an attribute word)").isNull();
        assertThat(words.recipient("are you kidding")).isNull();
        assertThat(words.recipient("recommend something")).isNull();
    }

    @Test
    void chinesePeopleAreTheirGroupAnywhere() {
        assertThat(words.recipient("给我爸买个生日礼物")).isEqualTo("men");
        assertThat(words.recipient("给老公买个礼物")).isEqualTo("men");
        assertThat(words.recipient("给女朋友挑个礼物")).isEqualTo("women");
        assertThat(words.recipient("给我妈妈推荐点东西")).isEqualTo("women");
        assertThat(words.recipient("奶奶过生日送什么好")).isEqualTo("women");
        assertThat(words.recipient("给儿子买点东西")).isEqualTo("kids");
        assertThat(words.recipient("给宝宝买点东西")).isEqualTo("baby");
        assertThat(words.recipient("宝宝想问一下这双鞋有货吗")).as("宝宝 calling themselves").isNull();
    }

    @Test
    void theFirstPersonNamedCountsAndAtOnePlaceTheLongerWord() {
        assertThat(words.recipient("a gift for my mom from me and my dad")).isEqualTo("women");
        assertThat(words.recipient("给爸妈买点什么好")).as("爸妈, not 爸").isEqualTo("adults");
        assertThat(words.recipient("a gift for my mom and dad")).isEqualTo("adults");
    }

    @Test
    void anAgeIsABabyOrAKid() {
        assertThat(words.recipient("gift for a 10 year old")).isEqualTo("kids");
        assertThat(words.recipient("something for a 2-year-old")).isEqualTo("baby");
        assertThat(words.recipient("3岁女孩玩什么")).isEqualTo("kids");
        assertThat(words.recipient("a gift for my 30 year old brother")).isEqualTo("men");
    }

    @Test
    void giftsAndTheirOccasions() {
        assertThat(RecipientWords.gift("a gift for my mom")).isTrue();
        assertThat(RecipientWords.gift("birthday present ideas")).isTrue();
        assertThat(RecipientWords.gift("给我爸买个生日礼物")).isTrue();
        assertThat(RecipientWords.gift("something for my dad")).isFalse();
    }

    @Test
    void aLineWithAnUnknownGroupNamesTheFileAndLine(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("recipients.csv");
        Files.writeString(file, "term,recipient\ndad,men\nnephew,teens\n");
        assertThatThrownBy(() -> new RecipientWords(file)).hasMessageContaining(file + ":3")
                .hasMessageContaining("nephew,teens");
    }
}
