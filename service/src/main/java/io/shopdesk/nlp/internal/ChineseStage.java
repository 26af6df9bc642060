package io.shopdesk.nlp.internal;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import io.shopdesk.nlp.Annotations;
import io.shopdesk.nlp.Entity;
import io.shopdesk.nlp.Key;
import io.shopdesk.nlp.Keys;
import io.shopdesk.nlp.Language;
import io.shopdesk.nlp.ChineseDictionary;
import io.shopdesk.nlp.Stage;
import io.shopdesk.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Chinese words, parts of speech and person/place/organisation names with HanLP's dictionary-based segmenter,
 * extended by the e-commerce dictionary in {@code nlp-models/dictionaries/}. Runs only on Chinese messages.
 * Thread-safe: HanLP segmenters keep configuration only, and each thread gets its own.
 */
@Component
public class ChineseStage implements Stage {
    private static final Logger log = LoggerFactory.getLogger(ChineseStage.class);

    private final ThreadLocal<Segment> segments = ThreadLocal.withInitial(() -> HanLP.newSegment()
            .enableOffset(true)
            .enableNameRecognize(true)
            .enablePlaceRecognize(true)
            .enableOrganizationRecognize(true)
            .enableCustomDictionary(true));

    /** Takes the dictionary so that the e-commerce words are in HanLP before the first message. */
    public ChineseStage(ChineseDictionary dictionary) {
        log.debug("Chinese stage uses {} custom words", dictionary.words());
    }

    @Override
    public String name() {
        return "chinese";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(Keys.LANGUAGE);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Keys.TOKENS, Keys.NAMED_ENTITIES);
    }

    @Override
    public void process(Annotations annotations) {
        if (annotations.language() != Language.ZH) {
            return;
        }
        List<Token> tokens = new ArrayList<>();
        List<Entity> names = new ArrayList<>();
        for (Term term : segments.get().seg(annotations.text())) {
            if (term.word.isBlank()) {
                continue;
            }
            String pos = term.nature == null ? "x" : term.nature.toString();
            int start = term.offset;
            int end = start + term.word.length();
            tokens.add(new Token(term.word, pos, start, end));
            String type = entityType(pos);
            if (type != null) {
                names.add(new Entity(type, term.word, start, end, term.word, "hanlp"));
            }
        }
        annotations.put(Keys.TOKENS, tokens);
        annotations.put(Keys.NAMED_ENTITIES, names);
    }

    private static String entityType(String pos) {
        if (pos.startsWith("nr")) {
            return Entity.PERSON;
        }
        if (pos.startsWith("ns")) {
            return Entity.PLACE;
        }
        if (pos.startsWith("nt")) {
            return Entity.ORGANIZATION;
        }
        return null;
    }
}
