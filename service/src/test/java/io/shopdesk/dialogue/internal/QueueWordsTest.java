package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped queue words ({@code rules/dialogue/words/queue-words-<lang>.csv}) as a queued shopper's messages are read
 * (QueuedBotAnswer): what the former Java pattern took for a question about the wait still is, except the questions it
 * held back from their answers; then the reader's answer to a broken file.
 */
class QueueWordsTest {
    static final QueueWords WORDS = QueueWords.read(Path.of("rules/dialogue/words"));

    /** QueuedBotAnswer's former pattern, verbatim, as the oracle of what was about the wait before the lists. */
    static final Pattern FORMER = Pattern.compile(
            "等多久|要等|还有人|有人吗|有人在吗|排队|人工|客服|\\b(wait|waiting|queue|anyone|anybody|someone|somebody|agent|human"
                    + "|person|hello|hi|hey)\\b");

    static boolean former(String text) {
        return FORMER.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    @Test
    void whatWasAboutTheWaitStillIs() {
        for (String message : List.of("how long do I have to wait?", "is anyone there?", "hello?", "Hi", "hey, anybody?",
                "still waiting for an agent", "where am I in the queue", "I need a human", "can I talk to a person",
                "还要等多久", "有人吗", "有人在吗", "还在排队吗", "人工呢", "客服呢", "你好？")) {
            assertThat(WORDS.asksAboutTheWait(message)).as(message).isTrue();
            assertThat(former(message) || message.equals("你好？")).as("former: " + message).isTrue();
        }
    }

    @Test
    void questionsThatOnlyHoldAWaitWordAreAnswered() {
        // The former pattern held these back from the bot's answer: the queue notice came instead.
        for (String message : List.of("can someone tell me how long refunds take?", "hi, how long do refunds take?",
                "hello, can I pay with PayPal?", "客服电话是多少", "客服热线几点上班", "can I send it to someone else?")) {
            assertThat(former(message)).as("former: " + message).isTrue();
            assertThat(WORDS.asksAboutTheWait(message)).as(message).isFalse();
        }
        // The intent model reads 客服电话是多少 as a request for a person: the phrase says it asks something else.
        assertThat(WORDS.asksSomethingElse("客服电话是多少")).isTrue();
        assertThat(WORDS.asksSomethingElse("我要转人工")).isFalse();
    }

    @Test
    void otherQuestionsAreNotAboutTheWait() {
        for (String message : List.of("how long do refunds take?", "this is taking forever", "which courier do you use",
                "history of my orders", "退款要多久", "", "  ")) {
            assertThat(WORDS.asksAboutTheWait(message)).as(message).isFalse();
        }
    }

    @Test
    void aBadLineNamesItsFileAndLine(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("queue-words-zh.csv"), "term,kind\n有人吗,wait\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("queue-words-en.csv"), "term,kind\nwait,wait\nhello,hi\n",
                StandardCharsets.UTF_8);
        assertThatIllegalArgumentException().isThrownBy(() -> QueueWords.read(folder))
                .withMessage(folder.resolve("queue-words-en.csv") + ":3: 'hello' needs a kind of wait, greeting or not, not 'hi'");
    }
}
