package io.shopdesk.nlp.internal;

import io.shopdesk.nlp.Annotations;
import io.shopdesk.nlp.Keys;
import io.shopdesk.nlp.Language;
import io.shopdesk.nlp.intent.MessageTokenizer;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Tokenises with the pipeline's own language, Chinese and English stages, so training sees serving's tokens. English
 * tokens come without their part of speech (null): intent features read words only, and the tagger was a third of the
 * time the FAQ's classifier spent on every search (and of training).
 */
@Component
public class StageTokenizer implements MessageTokenizer {
    private final LanguageStage language;
    private final ChineseStage chinese;
    private final EnglishStage english;

    public StageTokenizer(LanguageStage language, ChineseStage chinese, EnglishStage english) {
        this.language = language;
        this.chinese = chinese;
        this.english = english;
    }

    @Override
    public Tokenized tokenize(String text) {
        Annotations annotations = new Annotations(text);
        language.process(annotations);
        if (annotations.language() == Language.EN) {
            return new Tokenized(Language.EN, english.tokens(annotations.text(), false));
        }
        chinese.process(annotations);
        return new Tokenized(annotations.language(), annotations.getOrDefault(Keys.TOKENS, List.of()));
    }
}
