package io.shopdesk.nlp.internal;

import io.shopdesk.nlp.Annotations;
import io.shopdesk.nlp.Keys;
import io.shopdesk.nlp.intent.MessageTokenizer;
import java.util.List;
import org.springframework.stereotype.Component;

/** Tokenises with the pipeline's own language, Chinese and English stages, so training sees serving's tokens. */
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
        chinese.process(annotations);
        english.process(annotations);
        return new Tokenized(annotations.language(), annotations.getOrDefault(Keys.TOKENS, List.of()));
    }
}
