package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.nlp.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped yes and no lists as the rules read them (Turn.saysYes, Turn.saysNo), against the Java wording they
 * replaced: every alternative the former YesAnswer and NoAnswer patterns had, alone, joined, with thanks and
 * punctuation after it, answers as it did; then the reader's answer to a broken file.
 */
class YesNoAnswersTest {
    static final Path SHIPPED = Path.of("rules/dialogue/words");
    static final YesNoAnswers WORDS = YesNoAnswers.read(SHIPPED);

    /** The former YesAnswer and NoAnswer, verbatim, as the oracle of what was a yes or a no before the lists. */
    static final class Former {
        static final String YES_EN = "(?:yes|yeah|yea|yep|yup|ya|sure|ok|okay|alright|all right|absolutely|of course"
                + "|definitely|please do|please|pls|go ahead|go on|do it|do that|do so|confirm|confirmed|correct|that's correct"
                + "|that is correct|that's right|right|looks good|exactly)";
        static final String MORE_EN = "(?:" + YES_EN + "|i would|i'd like that|that would be (?:great|good|helpful)"
                + "|that'd be (?:great|good|helpful)|thanks|thank you|thx|ty)";
        static final String SEP_EN = "[,.!\\s]*";
        static final Pattern YES_ENGLISH = Pattern.compile(YES_EN + "(?:" + SEP_EN + MORE_EN + ")*" + SEP_EN);
        static final String YES_ZH = "(?:好的|好呀|好啊|好吧|好|行|可以的|可以|是的|是|对的|对|要的|要|需要|嗯嗯|嗯"
                + "|麻烦了|麻烦你了|麻烦您了|拜托了|那就查一下吧|那就查一下|帮我查一下吧|帮我查一下|帮我查查|帮我查|查一下吧|查一下|转吧"
                + "|确认修改|确认|确定|没错|没问题|正确|改吧)";
        static final String SEP_ZH = "[，,。.!！~～\\s]*";
        static final Pattern YES_CHINESE = Pattern.compile(
                SEP_ZH + YES_ZH + "(?:" + SEP_ZH + "(?:" + YES_ZH + "|谢谢你|谢谢您|谢谢|谢啦))*" + SEP_ZH);
        static final String NO_EN = "(?:no|nope|nah|no thanks|no thank you|no thx|not now|not yet|never mind|nevermind"
                + "|no need|don't|do not|don't change it|do not change it|don't do it|don't do that|leave it|leave it as it is"
                + "|keep it|keep it as it is|keep the old one|keep the old address|that's wrong|that is wrong|that's not right"
                + "|wrong address|not that one|i changed my mind)";
        static final Pattern NO_ENGLISH = Pattern.compile(NO_EN + "(?:" + SEP_EN + "(?:" + NO_EN + "|please|thanks"
                + "|thank you|sorry))*" + SEP_EN);
        static final String NO_ZH = "(?:不用了|不用改了|不用|不要了|不要|不了|算了|不改了|先不改了|先不改|不需要|不必了|不对|不是|错了"
                + "|地址不对|不是这个|暂时不用|先不用|否)";
        static final Pattern NO_CHINESE = Pattern.compile(
                SEP_ZH + NO_ZH + "(?:" + SEP_ZH + "(?:" + NO_ZH + "|谢谢你|谢谢您|谢谢|谢啦))*" + SEP_ZH);

        static boolean says(Pattern chinese, Pattern english, String text, String language) {
            if (text == null || text.isBlank() || text.length() > ("zh".equals(language) ? 16 : 50)) {
                return false;
            }
            return "zh".equals(language) ? chinese.matcher(text.strip()).matches()
                    : english.matcher(text.strip().toLowerCase(java.util.Locale.ROOT).replace('’', '\'')).matches();
        }

        /** The alternatives of a pattern's group, its {@code (?:a|b)} groups spelled out. */
        static List<String> alternatives(String group) {
            List<String> out = new ArrayList<>();
            for (String alternative : group.substring(3, group.length() - 1).split("\\|(?![^(]*\\))")) {
                var nested = Pattern.compile("\\(\\?:([^)]*)\\)").matcher(alternative);
                if (nested.find()) {
                    for (String inner : nested.group(1).split("\\|")) {
                        out.add(alternative.substring(0, nested.start()) + inner + alternative.substring(nested.end()));
                    }
                } else {
                    out.add(alternative);
                }
            }
            return out;
        }
    }

    static final List<String> YES_EN = Former.alternatives(Former.YES_EN);
    static final List<String> AFTER_YES_EN = Former.alternatives(Former.MORE_EN).stream()
            .filter(w -> !YES_EN.contains(w)).toList();
    static final List<String> YES_ZH = Former.alternatives(Former.YES_ZH);
    static final List<String> NO_EN = Former.alternatives(Former.NO_EN);
    static final List<String> AFTER_NO_EN = List.of("please", "thanks", "thank you", "sorry");
    static final List<String> NO_ZH = Former.alternatives(Former.NO_ZH);
    static final List<String> THANKS_ZH = List.of("谢谢你", "谢谢您", "谢谢", "谢啦");

    @TempDir
    Path folder;

    @Test
    void theFormerAlternativesAreAllSpelledOut() {
        assertThat(YES_EN).hasSize(31).contains("yes", "please do", "that's right", "looks good", "exactly");
        assertThat(AFTER_YES_EN).containsExactly("i would", "i'd like that", "that would be great",
                "that would be good", "that would be helpful", "that'd be great", "that'd be good", "that'd be helpful",
                "thanks", "thank you", "thx", "ty");
        assertThat(YES_ZH).hasSize(37).contains("好的", "麻烦了", "帮我查一下", "那就查一下吧", "改吧");
        assertThat(NO_EN).hasSize(29).contains("no", "leave it as it is", "i changed my mind");
        assertThat(NO_ZH).hasSize(20).contains("不用了", "先不改了", "否");
    }

    /** Each former yes alone, with each thanks and "that would be great" after it, with punctuation, in any case. */
    @Test
    void everyFormerYesIsStillAYesAndAnswersAsBefore() {
        List<String> english = new ArrayList<>();
        for (String yes : YES_EN) {
            english.addAll(List.of(yes, yes + "!", yes.toUpperCase(), " " + yes + ".", yes + ", please"));
            for (String after : AFTER_YES_EN) {
                english.addAll(List.of(yes + " " + after, yes + ", " + after + "!", yes + "! " + after + "."));
            }
            for (String other : YES_EN) {
                english.add(yes + ", " + other);
            }
        }
        List<String> chinese = new ArrayList<>();
        for (String yes : YES_ZH) {
            chinese.addAll(List.of(yes, yes + "！", yes + "。", "，" + yes + "~", yes + " "));
            for (String thanks : THANKS_ZH) {
                chinese.addAll(List.of(yes + thanks, yes + "，" + thanks + "！", yes + " " + thanks));
            }
            for (String other : YES_ZH) {
                chinese.addAll(List.of(yes + other, yes + "，" + other));
            }
        }
        for (String yes : YES_EN) {
            assertThat(WORDS.saysYes(yes, "en")).as(yes).isTrue();
            assertThat(WORDS.saysYes(yes + ", thanks!", "en")).as(yes).isTrue();
        }
        for (String yes : YES_ZH) {
            assertThat(WORDS.saysYes(yes, "zh")).as(yes).isTrue();
            assertThat(WORDS.saysYes(yes + "，谢谢！", "zh")).as(yes).isTrue();
        }
        answersAsBefore(english, "en", true);
        answersAsBefore(chinese, "zh", true);
    }

    /** Each former no alone, with please, thanks and sorry after it, with punctuation, in any case. */
    @Test
    void everyFormerNoIsStillANoAndAnswersAsBefore() {
        List<String> english = new ArrayList<>();
        for (String no : NO_EN) {
            english.addAll(List.of(no, no + "!", no.toUpperCase(), no + "."));
            for (String after : AFTER_NO_EN) {
                english.addAll(List.of(no + " " + after, no + ", " + after + "!"));
            }
            for (String other : NO_EN) {
                english.add(no + ", " + other);
            }
        }
        List<String> chinese = new ArrayList<>();
        for (String no : NO_ZH) {
            chinese.addAll(List.of(no, no + "！", "，" + no + "。"));
            for (String thanks : THANKS_ZH) {
                chinese.addAll(List.of(no + thanks, no + "，" + thanks + "！"));
            }
            for (String other : NO_ZH) {
                chinese.addAll(List.of(no + other, no + "，" + other));
            }
        }
        for (String no : NO_EN) {
            assertThat(WORDS.saysNo(no, "en")).as(no).isTrue();
            assertThat(WORDS.saysNo(no + ", thanks!", "en")).as(no).isTrue();
        }
        for (String no : NO_ZH) {
            assertThat(WORDS.saysNo(no, "zh")).as(no).isTrue();
            assertThat(WORDS.saysNo(no + "，谢谢！", "zh")).as(no).isTrue();
        }
        answersAsBefore(english, "en", false);
        answersAsBefore(chinese, "zh", false);
    }

    /** What goes with a yes or a no only goes with one: alone it answers nothing, as before; nor a no a yes. */
    @Test
    void thanksAndTheWordsThatOnlyGoWithAnAnswerAreNoAnswerAlone() {
        List<String> english = new ArrayList<>();
        for (String after : AFTER_YES_EN) {
            english.addAll(List.of(after, after + "!"));
        }
        english.addAll(NO_EN);
        english.addAll(YES_EN);
        english.addAll(List.of("no problem", "cancel it", "why not?", "ok?", "yes I want to return it", "is it yes?",
                "ok when will it arrive?", "no I want to return it", "", "   "));
        List<String> chinese = new ArrayList<>();
        for (String thanks : THANKS_ZH) {
            chinese.add(thanks);
        }
        chinese.addAll(NO_ZH);
        chinese.addAll(YES_ZH);
        chinese.addAll(List.of("不客气", "取消订单", "好的吗", "好的？", "可以退货吗", "要多久", "好的，什么时候到", "不行",
                "不要这个颜色了能换吗", "不对吧，怎么还没到", "好的".repeat(9)));
        for (boolean yes : List.of(true, false)) {
            answersAsBefore(english, "en", yes);
            answersAsBefore(chinese, "zh", yes);
        }
        assertThat(WORDS.saysYes("thanks", "en")).isFalse();
        assertThat(WORDS.saysYes("that would be great", "en")).isFalse();
        assertThat(WORDS.saysNo("please", "en")).isFalse();
        assertThat(WORDS.saysYes("please", "en")).isTrue();
        assertThat(WORDS.saysYes("谢谢", "zh")).isFalse();
        assertThat(WORDS.saysYes(null, "zh")).isFalse();
    }

    /**
     * Thanks or a word that only goes with an answer may come first: the word that says yes or no decides, so "thanks,
     * no" declines the offer it follows (the former patterns, and the lists read first term first, took it for no
     * answer, and the thanks got "You're welcome!"), and 谢谢，好的 after "shall I pass it on?" accepts it.
     */
    @Test
    void theAnswerWordDecidesWhereverTheThanksStands() {
        for (String after : AFTER_YES_EN) {
            assertThat(WORDS.saysYes(after + ", yes", "en")).as(after).isTrue();
            assertThat(WORDS.saysYes(after + " ok", "en")).as(after).isTrue();
            assertThat(WORDS.saysNo(after + ", yes", "en")).as(after).isFalse();
        }
        for (String after : AFTER_NO_EN) {
            assertThat(WORDS.saysNo(after + ", no", "en")).as(after).isTrue();
            assertThat(WORDS.saysNo(after + " leave it", "en")).as(after).isTrue();
        }
        assertThat(List.of(WORDS.saysYes("thanks, no", "en"), WORDS.saysNo("thanks, no", "en")))
                .containsExactly(false, true);
        assertThat(List.of(WORDS.saysYes("thanks, ok", "en"), WORDS.saysNo("thanks, ok", "en")))
                .containsExactly(true, false);
        for (String thanks : THANKS_ZH) {
            assertThat(List.of(WORDS.saysYes(thanks + "，好的", "zh"), WORDS.saysNo(thanks + "，好的", "zh")))
                    .as(thanks).containsExactly(true, false);
            assertThat(List.of(WORDS.saysYes(thanks + "，不用了", "zh"), WORDS.saysNo(thanks + "，不用了", "zh")))
                    .as(thanks).containsExactly(false, true);
        }
        for (String text : List.of("thanks but no", "no, it's fine", "no thanks, that's fine", "no need, all good")) {
            assertThat(List.of(WORDS.saysYes(text, "en"), WORDS.saysNo(text, "en"))).as(text).containsExactly(false, true);
        }
        for (String text : List.of("不用了，没事", "没关系，不用了", "谢谢，不用麻烦了")) {
            assertThat(List.of(WORDS.saysYes(text, "zh"), WORDS.saysNo(text, "zh"))).as(text).containsExactly(false, true);
        }
        // Alone, what only goes with a no answers nothing: "it's fine" may accept a new address to confirm.
        for (String text : List.of("it's fine", "that's fine", "but")) {
            assertThat(WORDS.saysNo(text, "en")).as(text).isFalse();
        }
        assertThat(WORDS.saysNo("没事", "zh")).isFalse();
        // Still no answer: both, or words no list has.
        assertThat(WORDS.saysYes("thanks, yes, no", "en")).isFalse();
        assertThat(WORDS.saysNo("thanks, yes, no", "en")).isFalse();
        assertThat(WORDS.saysYes("谢谢，是的，不用了", "zh")).isFalse();
        assertThat(WORDS.saysNo("谢谢，是的，不用了", "zh")).isFalse();
    }

    /**
     * Waiting a little longer declines a late order's offer of an investigation ("ok I'll wait", 那我再等等吧: they got
     * "Goodbye!"); "ok", 好的 lead into a no as thanks do ("ok, no thanks", "thanks, ok, no", 谢谢，好的，不用了), alone
     * they stay a yes.
     */
    @Test
    void waitingLongerSaysNoAndOkLeadsIntoANo() {
        for (String text : List.of("ok I'll wait", "I'll wait", "okay, I'll wait then", "I’ll give it a few more days, thanks",
                "alright, let's wait and see", "ok, no thanks", "thanks, ok, no")) {
            assertThat(List.of(WORDS.saysYes(text, "en"), WORDS.saysNo(text, "en"))).as(text).containsExactly(false, true);
        }
        for (String text : List.of("那我再等等吧", "我再等等", "先等等看", "好的，先等等看", "好吧，我再等两天", "谢谢，好的，不用了")) {
            assertThat(List.of(WORDS.saysYes(text, "zh"), WORDS.saysNo(text, "zh"))).as(text).containsExactly(false, true);
        }
        for (String text : List.of("ok", "okay", "alright")) {
            assertThat(List.of(WORDS.saysYes(text, "en"), WORDS.saysNo(text, "en"))).as(text).containsExactly(true, false);
        }
        for (String text : List.of("好的", "好吧", "行")) {
            assertThat(List.of(WORDS.saysYes(text, "zh"), WORDS.saysNo(text, "zh"))).as(text).containsExactly(true, false);
        }
        assertThat(WORDS.saysNo("wait", "en")).isFalse();
        assertThat(WORDS.saysNo("等等", "zh")).isFalse();
        assertThat(WORDS.saysNo("那", "zh")).isFalse();
    }

    /**
     * Where the lists read a message as the acknowledgements always did and the patterns did not: a Chinese answer may
     * end in a modal particle (好的呢, 不用了哦), and English words glued together with no space or punctuation between
     * them ("okok", "nono") are no longer an answer, as "okok" is no acknowledgement.
     */
    @Test
    void theDifferencesFromTheFormerPatterns() {
        for (String text : List.of("好的呢", "可以啊", "嗯嗯好的哈", "确认呀")) {
            assertThat(List.of(WORDS.saysYes(text, "zh"), Former.says(Former.YES_CHINESE, Former.YES_ENGLISH, text,
                    "zh"))).as(text).containsExactly(true, false);
        }
        assertThat(WORDS.saysNo("不用了哦", "zh")).isTrue();
        for (String text : List.of("okok", "yesplease")) {
            assertThat(List.of(WORDS.saysYes(text, "en"), Former.says(Former.YES_CHINESE, Former.YES_ENGLISH, text,
                    "en"))).as(text).containsExactly(false, true);
        }
        assertThat(WORDS.saysNo("nono", "en")).isFalse();
    }

    @Test
    void eachLanguageReadsOnlyItsOwnList() {
        assertThat(WORDS.saysYes("好的", "en")).isFalse();
        assertThat(WORDS.saysYes("yes", "zh")).isFalse();
        assertThat(WORDS.saysNo("不用了", "en")).isFalse();
        assertThat(WORDS.saysNo("no", "zh")).isFalse();
    }

    @Test
    void anEditedListIsReadFromItsFolder() throws IOException {
        write("yes-en", "term,kind", "# a comment", "", "Aye,yes", "cheers,after");
        write("no-en", "term,kind", "nay,no", "cheers,after");
        write("yes-zh", "term,kind", "中,yes");
        write("no-zh", "term,kind", "不中,no");

        YesNoAnswers answers = YesNoAnswers.read(folder);

        assertThat(List.of(answers.saysYes("aye, cheers!", "en"), answers.saysYes("cheers", "en"),
                answers.saysYes("yes", "en"), answers.saysNo("Nay cheers", "en"), answers.saysYes("中", "zh"),
                answers.saysNo("不中", "zh"), answers.saysYes("不中", "zh")))
                .containsExactly(true, false, false, true, true, true, false);
        assertThat(List.of(answers.yesSize(Language.EN), answers.noSize(Language.EN))).containsExactly(2, 2);
    }

    @Test
    void aBadLineNamesTheFileAndLine() throws IOException {
        writeGoodLists();
        write("no-zh", "term,kind", "不用了,no", "算了,maybe");
        assertThatIllegalArgumentException().isThrownBy(() -> YesNoAnswers.read(folder))
                .withMessage(folder.resolve("no-zh.csv") + ":3: '算了' needs a kind of no or after, not 'maybe'");

        write("no-zh", "term,kind", "不用了,no");
        write("yes-en", "term,kind", "yes,yes", "", "sure,yes,please");
        assertThatIllegalArgumentException().isThrownBy(() -> YesNoAnswers.read(folder))
                .withMessage(folder.resolve("yes-en.csv") + ":4: expected term,kind, got 'sure,yes,please'");

        write("yes-en", "term,kind", "yes?,yes");
        assertThatIllegalArgumentException().isThrownBy(() -> YesNoAnswers.read(folder))
                .withMessage(folder.resolve("yes-en.csv") + ":2: 'yes?' has a question mark, and a message with one "
                        + "is never a yes answer");
    }

    @Test
    void aNoThatIsAlsoAYesIsRefused() throws IOException {
        writeGoodLists();
        write("no-en", "term,kind", "no,no", "thanks,after", "Sure,no");

        assertThatIllegalArgumentException().isThrownBy(() -> YesNoAnswers.read(folder))
                .withMessage(folder.resolve("no-en.csv") + ":4: 'sure' is a no here and a yes on line 3 of "
                        + folder.resolve("yes-en.csv"));
    }

    @Test
    void aMissingListSaysWhichFile() throws IOException {
        writeGoodLists();
        Files.delete(folder.resolve("no-en.csv"));

        assertThatThrownBy(() -> YesNoAnswers.read(folder)).isInstanceOf(UncheckedIOException.class)
                .hasMessage("The no answer list " + folder.resolve("no-en.csv") + " is missing");
    }

    /** In service, a bad edit keeps every list as it was and names its line; a good one replaces them. */
    @Test
    void aBadEditKeepsTheListsInServiceAndAGoodOneReplacesThem() throws IOException {
        writeGoodLists();
        write("acknowledgements-en", "term,kind", "ok,ok");
        write("acknowledgements-zh", "term,kind", "好的,ok");
        write("queue-words-en", "term,kind", "wait,wait");
        write("queue-words-zh", "term,kind", "排队,wait");
        try (WordListsInService lists = new WordListsInService(folder)) {
            write("yes-en", "term,kind", "yes,yes", "aye,yes", "sure,definitely");
            write("acknowledgements-en", "term,kind", "ok,ok", "cool,ok");
            assertThat(lists.reload()).isFalse();
            assertThat(List.of(lists.answers().saysYes("sure", "en"), lists.answers().saysYes("aye", "en")))
                    .containsExactly(true, false);
            assertThat(lists.acknowledgements().kindOf("cool", "en")).isEmpty();

            write("yes-en", "term,kind", "yes,yes", "aye,yes");
            assertThat(lists.reload()).isTrue();
            assertThat(List.of(lists.answers().saysYes("sure", "en"), lists.answers().saysYes("aye", "en")))
                    .containsExactly(false, true);
            assertThat(lists.acknowledgements().kindOf("cool", "en")).contains("ok");
        }
    }

    /** Every message of {@code messages} is a yes (or a no) now exactly when the former pattern said so. */
    private static void answersAsBefore(List<String> messages, String language, boolean yes) {
        for (String text : messages) {
            boolean before = yes ? Former.says(Former.YES_CHINESE, Former.YES_ENGLISH, text, language)
                    : Former.says(Former.NO_CHINESE, Former.NO_ENGLISH, text, language);
            boolean now = yes ? WORDS.saysYes(text, language) : WORDS.saysNo(text, language);
            assertThat(now).as("%s '%s' (%s)", yes ? "yes" : "no", text, language).isEqualTo(before);
        }
    }

    private void writeGoodLists() throws IOException {
        write("yes-en", "term,kind", "yes,yes", "sure,yes", "thanks,after");
        write("no-en", "term,kind", "no,no", "thanks,after");
        write("yes-zh", "term,kind", "好的,yes");
        write("no-zh", "term,kind", "不用了,no");
    }

    private void write(String name, String... lines) throws IOException {
        Files.write(folder.resolve(name + ".csv"), List.of(lines), StandardCharsets.UTF_8);
    }
}
