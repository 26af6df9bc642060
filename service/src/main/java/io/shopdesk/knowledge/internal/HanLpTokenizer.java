package io.shopdesk.knowledge.internal;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A Lucene tokenizer that emits HanLP's words (with the e-commerce dictionary), dropping punctuation and spaces.
 * Like every Lucene tokenizer it is used by one thread at a time; the analyzer reuses it per thread.
 */
final class HanLpTokenizer extends Tokenizer {
    private static final ThreadLocal<Segment> SEGMENT = ThreadLocal.withInitial(() ->
            HanLP.newSegment().enableOffset(true).enableCustomDictionary(true));

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private Iterator<Term> terms;
    private int length;

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (terms == null) {
            String text = readAll();
            length = text.length();
            List<Term> segmented = SEGMENT.get().seg(text);
            terms = segmented.iterator();
        }
        while (terms.hasNext()) {
            Term t = terms.next();
            if (t.word.isBlank() || t.word.codePoints().noneMatch(Character::isLetterOrDigit)) {
                continue;
            }
            term.setEmpty().append(t.word);
            offset.setOffset(correctOffset(t.offset), correctOffset(t.offset + t.word.length()));
            return true;
        }
        return false;
    }

    private String readAll() throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[1024];
        int n;
        while ((n = input.read(buffer)) > 0) {
            text.append(buffer, 0, n);
        }
        return text.toString();
    }

    @Override
    public void end() throws IOException {
        super.end();
        offset.setOffset(correctOffset(length), correctOffset(length));
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        terms = null;
        length = 0;
    }
}
