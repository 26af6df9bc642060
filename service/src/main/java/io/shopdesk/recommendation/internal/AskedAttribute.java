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
 * @param attributes the catalogue attributes that answer it, in the file's order ({@code waterproof;waterproof_mm});
 *                   none for {@link Kind#UNKNOWN}
 * @param labelZh    what is asked as a Chinese answer names it (防水, 材质; for {@link Kind#UNKNOWN} what follows 是否:
 *                   有背光键盘, 纯棉)
 * @param labelEn    the same in English ("waterproof", "material"; for {@link Kind#UNKNOWN} the predicate in its base
 *                   form, "have a backlit keyboard", "be good for gaming", "come with a charger")
 */
public record AskedAttribute(String term, Kind kind, List<String> attributes, String labelZh, String labelEn) {

    /**
     * A yes/no question about a property, a question for a value, or a yes/no question about something the words of
     * {@code attribute-questions.csv} do not know ({@link CardFeatureQuestion}: "does the first one have a backlit
     * keyboard?", 第一个带不带无线充电): no catalogue attribute answers it, so the answer says the catalogue does not say.
     */
    public enum Kind { YES_NO, VALUE, UNKNOWN }

    public AskedAttribute {
        attributes = List.copyOf(attributes);
        if (attributes.isEmpty() && kind != Kind.UNKNOWN) {
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
