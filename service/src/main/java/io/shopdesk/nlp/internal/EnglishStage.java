package io.shopdesk.nlp.internal;

import io.shopdesk.nlp.Annotations;
import io.shopdesk.nlp.Key;
import io.shopdesk.nlp.Keys;
import io.shopdesk.nlp.Language;
import io.shopdesk.nlp.Stage;
import io.shopdesk.nlp.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.springframework.stereotype.Component;

/**
 * English sentences, tokens and parts of speech with OpenNLP's UD-EWT models from Maven Central; the parts of speech
 * are decoded greedily ({@link GreedyPosModel}), since only displays read them. Runs only on English messages.
 * Thread-safe through OpenNLP's ThreadSafe* wrappers.
 */
@Component
public class EnglishStage implements Stage {
    private final ThreadSafeSentenceDetectorME sentences;
    private final ThreadSafeTokenizerME tokenizer;
    private final ThreadSafePOSTaggerME tagger;

    public EnglishStage() {
        try {
            sentences = new ThreadSafeSentenceDetectorME(new SentenceModel(open("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")));
            tokenizer = new ThreadSafeTokenizerME(
                    skippingPlainWords(new TokenizerModel(open("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin"))));
            tagger = new ThreadSafePOSTaggerME(GreedyPosModel.read(open("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the OpenNLP English models", e);
        }
    }

    /** Whitespace-separated pieces that are all ASCII letters or all digits: the tokenizer keeps them whole. */
    static final Pattern PLAIN_WORD = Pattern.compile("^(?:[A-Za-z]+|[0-9]+)$");

    /**
     * The same tokenizer, but it keeps {@link #PLAIN_WORD plain words} whole without asking its model. The shipped
     * model has OpenNLP's "alphanumeric optimisation" off, so it evaluates its maxent model between every two
     * characters of every word, the largest single cost of an English message (the shortcut saves 15-25 % of its
     * CPU time; see docs/benchmarks.md). OpenNLP's default pattern for the shortcut, {@code [A-Za-z0-9]+}, would
     * also keep "8pm" whole, which the model splits into "8" and "pm" and the time entities rely on; so letters and
     * digits each get their own alternative here. Over CLINC150, the shipped intents and the background sentences
     * (29,969 texts) this changes 2 tokenisations, both for the better: "ppm" and "npm", which the model split into
     * "p"/"n" and "pm". Tokenising those texts took 12 µs each instead of 62 µs.
     */
    static TokenizerModel skippingPlainWords(TokenizerModel model) {
        TokenizerFactory factory = model.getFactory();
        return new TokenizerModel(model.getMaxentModel(), Map.of(),
                new TokenizerFactory(factory.getLanguageCode(), factory.getAbbreviationDictionary(), true, PLAIN_WORD));
    }

    private static InputStream open(String resource) {
        InputStream in = EnglishStage.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
        }
        return in;
    }

    @Override
    public String name() {
        return "english";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(Keys.LANGUAGE);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Keys.TOKENS);
    }

    @Override
    public void process(Annotations annotations) {
        if (annotations.language() != Language.EN) {
            return;
        }
        annotations.put(Keys.TOKENS, tokens(annotations.text(), true));
    }

    /**
     * The tokens of an English {@code text}, sentence by sentence, as {@link #process} finds them; with
     * {@code tagged} false their part of speech is null, for readers of words only (intent features, {@link
     * StageTokenizer}), which saves the tagger, a third of the time.
     */
    List<Token> tokens(String text, boolean tagged) {
        List<Token> tokens = new ArrayList<>();
        for (Span sentence : sentences.sentPosDetect(text)) {
            String sentenceText = sentence.getCoveredText(text).toString();
            Span[] spans = tokenizer.tokenizePos(sentenceText);
            String[] words = Span.spansToStrings(spans, sentenceText);
            String[] tags = tagged ? tagger.tag(words) : null;
            for (int i = 0; i < spans.length; i++) {
                tokens.add(new Token(words[i], tagged ? tags[i] : null, sentence.getStart() + spans[i].getStart(),
                        sentence.getStart() + spans[i].getEnd()));
            }
        }
        return tokens;
    }
}
