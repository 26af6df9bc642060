package io.shopdesk.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.shopdesk.nlp.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped canned replies read, and every kind of bad edit is refused with its file and where. */
class CannedReplyFileTest {
    static final Path SHIPPED = Path.of("knowledge-base/canned-replies");

    @TempDir
    Path folder;

    private Path write(String name, String yaml) throws IOException {
        return Files.writeString(folder.resolve(name), yaml);
    }

    @Test
    void theShippedRepliesHaveTheSameTwelveShortcutsInBothLanguages() {
        Map<Language, List<CannedReply>> all = CannedReplyFile.readAll(SHIPPED);
        List<String> shortcuts = List.of("hello", "order", "checking", "tracking", "delay", "refund", "refundmethod",
                "return", "defective", "notreceived", "anything", "bye");
        assertThat(all.get(Language.ZH)).extracting(CannedReply::shortcut).containsExactlyElementsOf(shortcuts);
        assertThat(all.get(Language.EN)).extracting(CannedReply::shortcut).containsExactlyElementsOf(shortcuts);
        CannedReply tracking = all.get(Language.ZH).get(3);
        assertThat(tracking.title()).isEqualTo("包裹在哪里");
        assertThat(tracking.text()).isEqualTo("订单 {orderId} 已由{carrier}承运，运单号：{trackingNumber}。您可以在“我的订单”或快递公司官网查看物流进度。");
        assertThat(tracking.placeholders()).containsExactly("orderId", "carrier", "trackingNumber");
    }

    /** The refund timeline is the FAQ's (refunds-time): 1-3 business days after the warehouse checks the return. */
    @Test
    void theRefundReplySaysWhatTheFaqSays() {
        Map<Language, List<CannedReply>> all = CannedReplyFile.readAll(SHIPPED);
        assertThat(all.get(Language.EN).get(5).text()).contains("within 1–3 business days");
        assertThat(all.get(Language.ZH).get(5).text()).startsWith("仓库收到并检查退货后会立即退款，1-3个工作日内原路退回");
    }

    @Test
    void yamlThatDoesNotParseNamesTheFileAndLine() throws IOException {
        Path file = write("canned-replies-en.yml", "- shortcut: hello\n  title: Hi\n  text: Hi: there: {customerName}\n");
        assertThatIllegalArgumentException().isThrownBy(() -> CannedReplyFile.read(file))
                .withMessageStartingWith(file + ":3: not valid canned-reply YAML");
    }

    @Test
    void anUnknownPlaceholderIsRefusedNamingTheKnownOnes() throws IOException {
        Path file = write("canned-replies-en.yml", "- shortcut: hello\n  title: Hi\n  text: Hi {customerName}\n"
                + "- shortcut: order\n  title: Order\n  text: Order {ordrId}\n");
        assertThatIllegalArgumentException().isThrownBy(() -> CannedReplyFile.read(file))
                .withMessage(file + ": reply 2 ('order'): unknown placeholder {ordrId}; known: [{agentName}, {carrier}, "
                        + "{customerName}, {orderId}, {trackingNumber}]");
    }

    @Test
    void aRepeatedOrMalformedShortcutAndAMissingTextAreRefused() throws IOException {
        Path twice = write("a.yml", "- shortcut: hi\n  title: Hi\n  text: Hi\n- shortcut: hi\n  title: Hey\n  text: Hey\n");
        assertThatIllegalArgumentException().isThrownBy(() -> CannedReplyFile.read(twice))
                .withMessage(twice + ": reply 2 ('hi') repeats the shortcut");
        Path upper = write("b.yml", "- shortcut: Hello World\n  title: Hi\n  text: Hi\n");
        assertThatIllegalArgumentException().isThrownBy(() -> CannedReplyFile.read(upper))
                .withMessage(upper + ": reply 1: the shortcut must be 1 to 32 lowercase letters, digits or hyphens, "
                        + "got Hello World");
        Path textless = write("c.yml", "- shortcut: hi\n  title: Hi\n");
        assertThatIllegalArgumentException().isThrownBy(() -> CannedReplyFile.read(textless))
                .withMessage(textless + ": reply 1 ('hi') needs a title and a text");
        Path empty = write("d.yml", "# nothing yet\n");
        assertThatIllegalArgumentException().isThrownBy(() -> CannedReplyFile.read(empty))
                .withMessage(empty + ": no replies");
    }

    @Test
    void languagesWithDifferentShortcutsAreRefused() throws IOException {
        write("canned-replies-zh.yml", "- shortcut: hello\n  title: 问候\n  text: 您好\n- shortcut: bye\n  title: 再见\n  text: 再见\n");
        write("canned-replies-en.yml", "- shortcut: hello\n  title: Greeting\n  text: Hi\n- shortcut: thanks\n  title: Thanks\n  text: Thanks\n");
        assertThatIllegalArgumentException().isThrownBy(() -> CannedReplyFile.readAll(folder))
                .withMessage(folder + ": the languages' shortcuts differ: only in zh [bye], only in en [thanks]");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatIllegalArgumentException().isThrownBy(() -> CannedReplyFile.readAll(folder))
                .withMessage(folder.resolve("canned-replies-zh.yml") + ": no such canned-reply file");
    }
}
