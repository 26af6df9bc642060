package io.shopdesk.nlp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.nlp.Annotations;
import io.shopdesk.nlp.Keys;
import io.shopdesk.nlp.Language;
import org.junit.jupiter.api.Test;

/** Chinese or English, mixed or not, evident or not, and the detector's code for longer Latin-script text. */
class LanguageStageTest {

    private static Annotations detect(String text) {
        return StagesForTests.run(text, StagesForTests.language());
    }

    @Test
    void hanCharactersMakeAMessageChinese() {
        Annotations a = detect("你好");

        assertThat(a.get(Keys.LANGUAGE)).isEqualTo(Language.ZH);
        assertThat(a.get(Keys.MIXED_LANGUAGE)).isFalse();
        assertThat(a.get(Keys.LANGUAGE_EVIDENT)).isTrue();
        assertThat(a.get(Keys.LANGUAGE_CODE)).isEqualTo("cmn");
    }

    @Test
    void shortLatinTextIsEnglishWithoutAskingTheDetector() {
        Annotations a = detect("How do I return a jacket?");

        assertThat(a.get(Keys.LANGUAGE)).isEqualTo(Language.EN);
        assertThat(a.get(Keys.MIXED_LANGUAGE)).isFalse();
        assertThat(a.get(Keys.LANGUAGE_EVIDENT)).isTrue();
        assertThat(a.get(Keys.LANGUAGE_CODE)).isEqualTo("eng");
    }

    @Test
    void chineseWithAnEnglishWordIsChineseAndMixed() {
        Annotations a = detect("我想用PayPal付款");

        assertThat(a.get(Keys.LANGUAGE)).isEqualTo(Language.ZH);
        assertThat(a.get(Keys.MIXED_LANGUAGE)).isTrue();
        assertThat(a.get(Keys.LANGUAGE_EVIDENT)).isTrue();
        assertThat(a.get(Keys.LANGUAGE_CODE)).isEqualTo("cmn");
    }

    @Test
    void anOrderIdInChineseTextDoesNotMakeItMixed() {
        Annotations a = detect("我的订单SD10000001到哪了");

        assertThat(a.get(Keys.LANGUAGE)).isEqualTo(Language.ZH);
        assertThat(a.get(Keys.MIXED_LANGUAGE)).isFalse();
    }

    @Test
    void aBareOrderIdIsNotEvidenceOfALanguage() {
        Annotations a = detect("SD10000001");

        assertThat(a.get(Keys.LANGUAGE)).isEqualTo(Language.EN);
        assertThat(a.get(Keys.LANGUAGE_EVIDENT)).isFalse();
        assertThat(a.get(Keys.LANGUAGE_CODE)).isEqualTo("und");
    }

    @Test
    void digitsAloneAreNotEvidenceOfALanguage() {
        Annotations a = detect("13812345678");

        assertThat(a.get(Keys.LANGUAGE_EVIDENT)).isFalse();
        assertThat(a.get(Keys.LANGUAGE_CODE)).isEqualTo("und");
    }

    @Test
    void longFrenchTextIsAnsweredInEnglishButRecordedAsFrench() {
        Annotations a = detect("Bonjour, je voudrais savoir où se trouve ma commande, elle n'est toujours pas arrivée "
                + "et je suis inquiet.");

        assertThat(a.get(Keys.LANGUAGE)).isEqualTo(Language.EN);
        assertThat(a.get(Keys.MIXED_LANGUAGE)).isFalse();
        assertThat(a.get(Keys.LANGUAGE_EVIDENT)).isTrue();
        assertThat(a.get(Keys.LANGUAGE_CODE)).isEqualTo("fra");
    }

    @Test
    void longEnglishTextIsRecordedAsEnglish() {
        Annotations a = detect("My package has not arrived yet and the tracking page has not changed for a week.");

        assertThat(a.get(Keys.LANGUAGE)).isEqualTo(Language.EN);
        assertThat(a.get(Keys.LANGUAGE_CODE)).isEqualTo("eng");
    }
}
