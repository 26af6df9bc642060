package io.shopdesk.dialogue;

import io.shopdesk.dialogue.internal.ReplyTemplates;
import io.shopdesk.knowledge.FaqEntry;
import io.shopdesk.knowledge.FaqFile;
import io.shopdesk.nlp.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * What a dialogue detail was about, in words a person reads: a "why?" or "what should I do?" the bot passed on
 * (why_for_agent, help_for_agent) has as detail a payment or instalments outcome (payment_failed) or an FAQ entry's id
 * (coupons-not-working), which an agent should not have to decode. An outcome is labelled by {@code about.<detail>} in
 * {@code rules/dialogue/replies/replies-<lang>.properties} (付款失败, "a failed payment"; one case of a kind,
 * {@code order_cancelled.payment_failed}, by its kind's label when it has none of its own); an FAQ entry by
 * {@code about.faq} with the entry's first question in that language (常见问题“优惠券用不了。”): the chat's own texts
 * and the knowledge base, no table copied elsewhere. Anything else stays as the dialogue's code, as does an entry the
 * knowledge base no longer has. Immutable and thread-safe; {@link DialogueService#topicLabels()} gives the labels of
 * the reply texts and FAQ currently live.
 */
public final class TopicLabels {
    private final ReplyTemplates texts;
    private final BiFunction<String, Language, Optional<FaqEntry>> faq;

    TopicLabels(ReplyTemplates texts, BiFunction<String, Language, Optional<FaqEntry>> faq) {
        this.texts = texts;
        this.faq = faq;
    }

    /**
     * The labels of the reply texts in {@code repliesFolder} and, when {@code knowledgeSource} is a folder, of its FAQ
     * (without one, FAQ entries stay as their ids): for tools and tests.
     */
    public static TopicLabels load(Path repliesFolder, Path knowledgeSource) {
        Map<Language, Map<String, FaqEntry>> entries = new HashMap<>();
        if (knowledgeSource != null && Files.isDirectory(knowledgeSource)) {
            for (Language language : Language.values()) {
                Map<String, FaqEntry> byId = new HashMap<>();
                FaqFile.read(knowledgeSource, language).forEach(e -> byId.put(e.id(), e));
                entries.put(language, byId);
            }
        }
        return new TopicLabels(ReplyTemplates.load(repliesFolder),
                (id, language) -> Optional.ofNullable(entries.getOrDefault(language, Map.of()).get(id)));
    }

    /** What {@code detail} was about in {@code language} (payment_failed: 付款失败, "a failed payment"); null for null. */
    public String about(Language language, String detail) {
        if (detail == null) {
            return null;
        }
        String key = "about." + detail;
        if (texts.has(language, key)) {
            return texts.text(language, key);
        }
        // A detail of one case of a kind (order_cancelled.payment_failed, payment_failed.order): the kind's label.
        int dot = detail.indexOf('.');
        if (dot > 0 && texts.has(language, "about." + detail.substring(0, dot))) {
            return texts.text(language, "about." + detail.substring(0, dot));
        }
        return faq.apply(detail, language)
                .map(entry -> entry.questions().getFirst())
                .map(question -> texts.has(language, "about.faq")
                        ? texts.text(language, "about.faq", Map.of("question", question)) : question)
                .orElse(detail);
    }
}
