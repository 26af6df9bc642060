package io.shopdesk.recommendation.internal;

import io.shopdesk.nlp.Language;
import java.util.List;

/**
 * One thing a shopper asks about a product card's attributes, read by {@link AttributeQuestionWords} from
 * {@code knowledge-base/products/attribute-questions.csv}: whether it has a property ("is the second one waterproof?",
 * 第二个防水吗: {@link Kind#YES_NO}) or what a value is ("what is the first one made of?", 续航多久: {@link Kind#VALUE}),
 * and which catalogue attributes answer it, the first the main one. Immutable and thread-safe.
 *
 * @param term       the shopper's word as the file has it ("waterproof", 材质)
 * @param kind       a yes/no question or a question for a value
 * @param attributes the catalogue attributes that answer it, in the file's order ({@code waterproof;waterproof_mm})
 * @param labelZh    what is asked as a Chinese answer names it (防水, 材质)
 * @param labelEn    the same in English ("waterproof", "material")
 */
public record AskedAttribute(String term, Kind kind, List<String> attributes, String labelZh, String labelEn) {

    /** A yes/no question about a property, or a question for a value. */
    public enum Kind { YES_NO, VALUE }

    public AskedAttribute {
        attributes = List.copyOf(attributes);
        if (attributes.isEmpty()) {
            throw new IllegalArgumentException("The question '" + term + "' names no attribute");
        }
    }

    /** What is asked, as an answer in that language names it. */
    public String label(Language language) {
        return language == Language.ZH ? labelZh : labelEn;
    }

    /** Whether the two ask the same thing (防水 and "waterproof"). */
    boolean sameAs(AskedAttribute other) {
        return kind == other.kind && attributes.equals(other.attributes);
    }
}
