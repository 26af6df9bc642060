package io.shopdesk.dialogue.internal;

import io.shopdesk.dialogue.AttachmentSent;
import io.shopdesk.dialogue.Decision;
import io.shopdesk.dialogue.Reply;
import io.shopdesk.nlp.Language;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Words the dialogue rules' answer to a file the shopper sent ({@link AttachmentSent}): the decision's detail names the
 * text ({@code problem}: {@code attachment.received.problem}, {@code problem.no_order}:
 * {@code attachment.received.problem.no_order}, {@code unknown} or no attachment decision at all:
 * {@code attachment.received}). Stateless and thread-safe.
 */
public final class AttachmentReply {
    private AttachmentReply() {
    }

    public static Reply compose(Decision decision, AttachmentSent sent, long attachmentId, String name,
                                ReplyTemplates texts, Language language) {
        String detail = "attachment_received".equals(decision.getAction()) && decision.getDetail() != null
                ? decision.getDetail() : "unknown";
        boolean problem = detail.startsWith("problem");
        String key = problem ? "attachment.received." + detail : "attachment.received";
        String kind = texts.text(language, "image".equals(sent.kind()) ? "attachment.kind.image" : "attachment.kind.pdf");
        Map<String, Object> values = Map.of("kind", kind, "name", name,
                "orderId", sent.orderId() == null ? "" : sent.orderId());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("rule", decision.getRule());
        data.put("code", "attachment_received");
        data.put("about", problem ? "problem" : "unknown");
        data.put("attachmentId", attachmentId);
        if (problem && sent.orderId() != null) {
            data.put("orderId", sent.orderId());
        }
        return new Reply("text", texts.text(language, key, values), data);
    }
}
