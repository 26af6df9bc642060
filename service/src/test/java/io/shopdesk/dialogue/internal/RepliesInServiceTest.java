package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.nlp.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * The shipped reply texts, copied, edited and reloaded as the service's watcher reloads them: an edit that would show
 * a shopper a key or braces never replaces the texts in service, and says where it is wrong by file and line; a
 * text reworded, or a text retired from both languages, goes live. Before stop 30 every edit went live as it was.
 */
class RepliesInServiceTest {
    static final String DECLINED = "acknowledge.investigation_declined";

    @TempDir
    Path folder;

    Path en;
    Path zh;
    RepliesInService replies;

    @BeforeEach
    void copyShippedReplies() throws IOException {
        FileSystemUtils.copyRecursively(Path.of("rules/dialogue/replies"), folder);
        en = folder.resolve("replies-en.properties");
        zh = folder.resolve("replies-zh.properties");
        replies = new RepliesInService(folder);
    }

    @AfterEach
    void stop() {
        replies.close();
    }

    @Test
    void theShippedTextsPassTheirOwnCheck() {
        assertThat(ReplyTextsCheck.problems(folder, ReplyTemplates.load(folder), replies.texts())).isEmpty();
    }

    @Test
    void aKeyDeletedFromOneLanguageIsRefusedAndTheTextInServiceStays() throws IOException {
        int line = lineOf(zh, DECLINED);
        String before = replies.texts().text(Language.ZH, DECLINED, Map.of("orderId", "SD10000001"));
        replace(zh, DECLINED + "=", "# deleted by mistake: " + DECLINED + "=");

        assertThat(replies.reload()).isFalse();

        assertThat(replies.lastProblems()).containsExactly(zh + ": " + DECLINED + " is missing, which " + en + ":"
                + lineOf(en, DECLINED) + " and the texts in service have: a reply using it would show the key; remove "
                + "it from both files to retire it");
        assertThat(replies.texts().text(Language.ZH, DECLINED, Map.of("orderId", "SD10000001"))).isEqualTo(before)
                .contains("SD10000001");
        assertThat(line).isPositive();
    }

    @Test
    void aBrokenPlaceholderIsRefusedWithItsFileAndLine() throws IOException {
        replace(en, "I won't pass order {orderId} on", "I won't pass order {orderId on");

        assertThat(replies.reload()).isFalse();

        assertThat(replies.lastProblems()).contains(en + ":" + lineOf(en, DECLINED) + ": " + DECLINED
                + " has \"{orderId on for\", not a placeholder ({name}): the shopper would see it as written");
        assertThat(replies.texts().text(Language.EN, DECLINED, Map.of("orderId", "SD10000001")))
                .contains("I won't pass order SD10000001 on");
    }

    @Test
    void aPlaceholderRenamedInOneLanguageIsRefused() throws IOException {
        String chinese = replies.texts().template(Language.ZH, DECLINED);
        assertThat(chinese).contains("{orderId}");
        replace(zh, DECLINED + "=" + chinese, DECLINED + "=" + chinese.replace("{orderId}", "{orderNumber}"));

        assertThat(replies.reload()).isFalse();

        assertThat(replies.lastProblems()).containsExactly(zh + ":" + lineOf(zh, DECLINED) + ": " + DECLINED
                + " fills {orderNumber}, but in " + en + ":" + lineOf(en, DECLINED) + " it fills {orderId}: the same "
                + "reply must name the same values in both languages");
        assertThat(replies.texts().template(Language.ZH, DECLINED)).isEqualTo(chinese);
    }

    @Test
    void aRewordedTextAndATextRetiredFromBothLanguagesGoLive() throws IOException {
        replace(en, "I won't pass order {orderId} on for now.", "I'll leave order {orderId} with you for now.");
        String retired = "ask.order_id.hurry";
        replace(en, retired + "=", "# retired: " + retired + "=");
        replace(zh, retired + "=", "# retired: " + retired + "=");

        assertThat(replies.reload()).isTrue();

        assertThat(replies.lastProblems()).isEmpty();
        assertThat(replies.texts().text(Language.EN, DECLINED, Map.of("orderId", "SD10000001")))
                .startsWith("OK, I'll leave order SD10000001 with you for now.");
        assertThat(replies.texts().has(Language.EN, retired)).isFalse();
    }

    static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
    }

    static int lineOf(Path file, String key) throws IOException {
        var lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(key + "=")) {
                return i + 1;
            }
        }
        return -1;
    }
}
