package io.shopdesk.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a message is cut into questions, by its wording alone, and where it must not be: one question, a question with
 * its context, "and" between two words of one question.
 */
class QuestionSplitterTest {

    static List<String> parts(String text) {
        return QuestionSplitter.split(text).stream().map(QuestionSplitter.Part::text).toList();
    }

    @Test
    void englishQuestionsAreCutAtSentencesAndAtJoiningWordsBeforeAQuestion() {
        assertThat(parts("how long does shipping take and can I pay with huabei?"))
                .containsExactly("how long does shipping take", "can I pay with huabei?");
        assertThat(parts("What is your return policy? Also, do you ship to Hong Kong?"))
                .containsExactly("What is your return policy?", "do you ship to Hong Kong?");
        assertThat(parts("where is my order SD10000001 and how do I get an invoice?"))
                .containsExactly("where is my order SD10000001", "how do I get an invoice?");
        assertThat(parts("How long does shipping take, also can I pay with PayPal?"))
                .containsExactly("How long does shipping take", "can I pay with PayPal?");
        assertThat(parts("How long do refunds take? And what is the return window? Do you ship to Macau?"))
                .containsExactly("How long do refunds take?", "what is the return window?", "Do you ship to Macau?");
        assertThat(parts("  Do you accept Apple Pay?  By the way, how do I get an invoice  "))
                .containsExactly("Do you accept Apple Pay?", "how do I get an invoice");
        assertThat(parts("is it waterproof and does it come in black?"))
                .containsExactly("is it waterproof", "does it come in black?");
        assertThat(parts("I want to return my order SD10000002, how long do refunds take?"))
                .containsExactly("I want to return my order SD10000002", "how long do refunds take?");
        assertThat(parts("Do you have it in black and white and can it be gift-wrapped"))
                .containsExactly("Do you have it in black and white", "can it be gift-wrapped");
        // Stop 33: no punctuation at all; a question's opening after the order number starts the next one.
        assertThat(parts("where is my order 1234 can I change the address and do you ship to Canada"))
                .containsExactly("where is my order 1234", "can I change the address", "do you ship to Canada");
        assertThat(parts("where is my order SD10000001 how do I get an invoice"))
                .containsExactly("where is my order SD10000001", "how do I get an invoice");
    }

    @Test
    void chineseQuestionsAreCutAtQuestionMarksSemicolonsAndJoiningWords() {
        assertThat(parts("运费多少？支持花呗分期吗？")).containsExactly("运费多少？", "支持花呗分期吗？");
        assertThat(parts("怎么退货，另外退款多久到账")).containsExactly("怎么退货", "退款多久到账");
        assertThat(parts("发票怎么开；退货运费谁出")).containsExactly("发票怎么开", "退货运费谁出");
        assertThat(parts("支持花呗吗？还有，几天能到")).containsExactly("支持花呗吗？", "几天能到");
        assertThat(parts("怎么开发票，以及多久能退款")).containsExactly("怎么开发票", "多久能退款");
        assertThat(parts("运费多少 顺便问下支持花呗吗")).containsExactly("运费多少", "支持花呗吗");
        assertThat(parts("运费多少，支持花呗吗")).containsExactly("运费多少", "支持花呗吗");
        assertThat(parts("运费多少？还有货吗")).containsExactly("运费多少？", "还有货吗");
        assertThat(parts("支持花呗吗另外运费怎么算")).containsExactly("支持花呗吗", "运费怎么算");
    }

    @Test
    void oneQuestionIsOnePartTheWholeMessage() {
        for (String one : List.of("black and white shirt?", "What is your return and refund policy?",
                "Can I return and exchange the shoes?", "How long do returns and refunds take?",
                "我的订单到哪了", "退货以及退款政策是什么",
                "这件还有货吗", "我要退另外一件", "order no. 10000001 where is it?",
                "I also want to know whether you ship to Macau", "don't want the earbuds anymore, please stop the order",
                "how does a refund work if I paid in instalments and switched carriers and have a new number",
                "Can you help with an order, a return, a payment?",
                "Could you tell me more about what you need, or your order number if it's about an order?",
                "SD10000001", "5678", "asdfgh", "")) {
            assertThat(QuestionSplitter.split(one)).as(one)
                    .containsExactly(new QuestionSplitter.Part(0, one.length(), one));
        }
    }

    @Test
    void contextAndSmallTalkStayWithTheirQuestion() {
        for (String one : List.of("I bought a jacket last week. Can I return it?", "Hi! How do I return a jacket?",
                "Thanks! And how long do refunds take?", "If it doesn't fit, can I return it?", "衣服不合适，可以退吗",
                "你好，运费多少？", "鞋子太小了，能换吗", "运费多少，谢谢", "Where is my order? I ordered it on Monday.",
                "hello?", "你好 在吗", "Where and when can I pick it up?")) {
            assertThat(parts(one)).as(one).containsExactly(one);
        }
        assertThat(parts("Hi! How long does shipping take? And can I pay with Huabei?"))
                .containsExactly("Hi! How long does shipping take?", "can I pay with Huabei?");
        assertThat(parts("你好，运费多少？我昨天下的单。支持花呗吗？"))
                .containsExactly("你好，运费多少？", "我昨天下的单。支持花呗吗？");
    }

    @Test
    void partsPointIntoTheMessage() {
        String text = "What is your return policy? Also, do you ship to Hong Kong?";
        List<QuestionSplitter.Part> parts = QuestionSplitter.split(text);
        assertThat(parts).containsExactly(new QuestionSplitter.Part(0, 27, "What is your return policy?"),
                new QuestionSplitter.Part(34, 59, "do you ship to Hong Kong?"));
    }

    @Test
    void aLongMessageIsOnePart() {
        String essay = "How long does shipping take? Can I pay with huabei? ".repeat(8);
        assertThat(essay.length()).isGreaterThan(QuestionSplitter.MAX_LENGTH);
        assertThat(parts(essay)).containsExactly(essay);
    }
}
