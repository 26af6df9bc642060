package io.shopdesk.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.shopdesk.nlp.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The replies in service: a bad file stops the start, a broken edit keeps the replies in service, a good one replaces them. */
class CannedRepliesInServiceTest {
    @TempDir
    Path folder;

    private void write(String zhText, String enText) throws IOException {
        Files.writeString(folder.resolve("canned-replies-zh.yml"), "- shortcut: hello\n  title: 问候\n  text: " + zhText + "\n");
        Files.writeString(folder.resolve("canned-replies-en.yml"), "- shortcut: hello\n  title: Greeting\n  text: " + enText + "\n");
    }

    @Test
    void aBadFileStopsTheStartNamingIt() throws IOException {
        write("您好 {customer}", "Hi");
        assertThatIllegalArgumentException().isThrownBy(() -> new CannedRepliesInService(folder))
                .withMessageStartingWith(folder.resolve("canned-replies-zh.yml") + ": reply 1 ('hello'): unknown placeholder {customer}");
    }

    @Test
    void aBrokenEditKeepsTheRepliesInServiceAndAGoodOneReplacesThem() throws IOException {
        write("您好", "Hi");
        try (CannedRepliesInService replies = new CannedRepliesInService(folder)) {
            // The English file is fine, the Chinese one is not: neither is swapped in.
            write("[unclosed", "Hello {customerName}");
            assertThat(replies.reload()).isFalse();
            assertThat(replies.of(Language.ZH)).extracting(CannedReply::text).containsExactly("您好");
            assertThat(replies.of(Language.EN)).extracting(CannedReply::text).containsExactly("Hi");

            write("您好，{customerName}", "Hello {customerName}");
            assertThat(replies.reload()).isTrue();
            assertThat(replies.of(Language.ZH)).extracting(CannedReply::text).containsExactly("您好，{customerName}");
            assertThat(replies.of(Language.EN)).extracting(CannedReply::text).containsExactly("Hello {customerName}");
        }
    }
}
