package io.shopdesk.escalation;

import io.shopdesk.escalation.internal.ChineseSentiment;
import io.shopdesk.escalation.internal.EnglishOutburstLexicon;
import io.shopdesk.escalation.internal.EnglishSentiment;
import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.Language;
import java.util.OptionalDouble;
import java.util.function.DoubleConsumer;

/**
 * How negative a shopper's message is, from the sources {@link EscalationSettings} names: Chinese from a lexicon at
 * once; English from a lexicon of outbursts at once ("You are useless, I am furious!!" escalates in the same turn) and,
 * with {@code english-sentiment: corenlp}, from CoreNLP after the reply (too slow for the reply path). Thread-safe;
 * {@link #close()} stops CoreNLP's queue.
 */
final class TurnSentiment implements AutoCloseable {
    private final ChineseSentiment chinese;
    private final EnglishOutburstLexicon outbursts;
    private final EnglishSentiment english;

    TurnSentiment(EscalationSettings settings) {
        this.chinese = ChineseSentiment.load(settings.sentimentLexicon());
        this.outbursts = EnglishOutburstLexicon.load(settings.englishSentimentLexicon());
        this.english = "corenlp".equals(settings.englishSentiment())
                ? new EnglishSentiment(settings.englishSentimentQueue(), settings.englishVeryNegativeProbability()) : null;
    }

    /** Whether CoreNLP scores the message after the reply: English with CoreNLP on, in a conversation. */
    boolean scoresLater(Analysis analysis, String conversationId) {
        return analysis.language() != Language.ZH && english != null && conversationId != null;
    }

    /** The lexicon's score at once: always for Chinese, for English only when it has an outburst. */
    OptionalDouble lexicon(Analysis analysis) {
        return analysis.language() == Language.ZH ? OptionalDouble.of(chinese.score(analysis.text()))
                : outbursts.score(analysis.text());
    }

    /** Queues {@code text} for CoreNLP, whose score {@code scored} gets later on another thread. */
    void scoreLater(String text, DoubleConsumer scored) {
        english.submit(text, scored);
    }

    @Override
    public void close() {
        if (english != null) {
            english.close();
        }
    }
}
