package io.shopdesk.dialogue;

import io.shopdesk.dialogue.internal.ReplyTemplates;
import io.shopdesk.nlp.Language;
import java.nio.file.Path;

/**
 * The words the chat shows a shopper for an order's status, carrier and payment methods ({@code status.in_transit} 运输中 / "in
 * transit", {@code carrier.sf_express} 顺丰速运 / "SF Express"), for other features that show an order to a person: the
 * escalation reasons an agent reads use the same labels as the chat, from the same lines of
 * {@code rules/dialogue/replies/replies-<lang>.properties}, so there is one table to edit and an agent reads what the
 * shopper read. A value without a label stays as stored. Immutable and thread-safe; {@link DialogueService#orderLabels()}
 * gives the labels of the reply texts currently live.
 */
public final class OrderLabels {
    private final ReplyTemplates texts;

    OrderLabels(ReplyTemplates texts) {
        this.texts = texts;
    }

    /** The labels of the reply texts in {@code repliesFolder} (e.g. {@code rules/dialogue/replies}), for tools and tests. */
    public static OrderLabels load(Path repliesFolder) {
        return new OrderLabels(ReplyTemplates.load(repliesFolder));
    }

    /** The status as the chat words it in {@code language} (in_transit: 运输中, "in transit"); null for null. */
    public String status(Language language, String status) {
        return status == null ? null : texts.label(language, "status", status);
    }

    /** The carrier's name in {@code language} ("SF Express": 顺丰速运); null when the order has no carrier. */
    public String carrier(Language language, String carrier) {
        return carrier == null ? null : texts.label(language, "carrier", carrier);
    }

    /** The payment method as the chat names it in {@code language} (alipay: 支付宝, "Alipay"); null for null. */
    public String paymentMethod(Language language, String method) {
        return method == null ? null : texts.label(language, "payment_method", method);
    }
}
