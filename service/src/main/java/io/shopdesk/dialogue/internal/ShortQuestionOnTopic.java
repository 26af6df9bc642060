package io.shopdesk.dialogue.internal;

import io.shopdesk.knowledge.FaqEntry;
import io.shopdesk.knowledge.KbHit;
import io.shopdesk.knowledge.KbSearchResult;
import io.shopdesk.knowledge.KnowledgeBase;
import io.shopdesk.nlp.Language;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The FAQ answer to a short question about the answer just given, asked in words of its own rather than as "and X?":
 * "how many months?" after the Huabei answer, 多久能开好 after the invoice answer, "is there a fee?" after the returns
 * answer. Such a question is too short for the FAQ to place on its own ("how many months?" is every instalment entry's
 * and shipping's), so it got "did you mean". Read with the last answer's first question ("How do I pay in instalments
 * with Huabei? how many months?") the FAQ places it, usually on that same entry, whose answer holds what was asked (3, 6
 * or 12 months; within 24 hours), or on a neighbour of its category.
 * <p>
 * The context must not do all the work, or anything short would get the last answer again: the answer must pass the
 * FAQ's gate with the context, stay in the last answer's category, and be an entry the message's own words reach (among
 * its own hits with at least the gate's coverage, as 多久能开好 reaches the invoice entries through 开). A message of
 * more than {@value #MAX_ZH_CHARS} Chinese characters or {@value #MAX_EN_WORDS} English words says enough for the FAQ
 * on its own and is left to it. Thread-safe (stateless; the knowledge base is).
 */
final class ShortQuestionOnTopic {
    static final int MAX_ZH_CHARS = 16;
    static final int MAX_EN_WORDS = 6;
    /** How many of the message's own hits are looked through for an entry of the last answer's topic. */
    private static final int TOPIC_SEARCH_HITS = 20;

    /** What a Chinese question says around its words: 要, 大概, 一般, 需要 before them, 吗, 呢, 啊 and stops after. */
    private static final java.util.regex.Pattern CORE_FILLER = java.util.regex.Pattern.compile(
            "^(?:那|那么|还有|请问|大概|一般|大约|要|需要|得)+|(?:吗|呢|啊|呀|么|嘛|[？?。!！~～\\s])+$");

    private final KnowledgeBase knowledge;

    ShortQuestionOnTopic(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    /** The answer to {@code text}, whose own search is {@code own}, right after the answer of {@code last}; or empty. */
    Optional<KbHit> answer(String text, Language language, KbSearchResult own, FaqEntry last) {
        if (!isShort(text, language) || last.questions().isEmpty()) {
            return Optional.empty();
        }
        KbSearchResult withQuestion = knowledge.search(last.questions().getFirst() + " " + text.strip(), language);
        Optional<KbHit> withLastQuestion = withQuestion.answer()
                .filter(hit -> hit.entry().category().equals(last.category()))
                .filter(hit -> reachedByOwnWords(hit, own));
        if (withLastQuestion.isPresent() || last.tags().isEmpty() || namesItsOwnOtherTopic(text, language, own, last)) {
            return withLastQuestion;
        }
        // 手续费多少 after the Huabei answer, 怎么用 after where to get coupons: the last question outweighs the message
        // ("怎么领优惠券？ 怎么用" finds the same entry again, which the message's words do not reach); with the topic word
        // alone (the last entry's first tag: 分期, 优惠券) the entry the message's own words reach is found.
        KbSearchResult withTopic = knowledge.search(last.tags().getFirst() + " " + text.strip(), language);
        Optional<KbHit> inTopic = withTopic.answer()
                .filter(hit -> hit.entry().category().equals(last.category()))
                .filter(hit -> reachedByOwnWords(hit, own));
        if (inTopic.isPresent() || language != Language.ZH
                || own.hits().stream().anyMatch(hit -> hit.coverage() > 0)) {
            return inTopic;
        }
        return askedInTheseWords(text, language, last, withQuestion);
    }

    /**
     * 要多久 after the shipping cost: every word of the message is one the search leaves out (多久 is a stop word of the
     * FAQ's Chinese analyser, so no entry is reached by it and no search places it). The topic's entries are then read
     * as their authors wrote them: the one entry of the last answer's category with the most questions that contain the
     * message's words as written (多久能到货, 发货后大概多久送到: the delivery time) is the answer; none when two entries
     * have as many, or none has any.
     */
    private Optional<KbHit> askedInTheseWords(String text, Language language, FaqEntry last, KbSearchResult withQuestion) {
        String core = CORE_FILLER.matcher(text.strip()).replaceAll("");
        if (core.codePointCount(0, core.length()) < 2) {
            return Optional.empty();
        }
        java.util.Map<String, FaqEntry> topic = new java.util.LinkedHashMap<>();
        topic.put(last.id(), last);
        for (KbSearchResult result : List.of(withQuestion,
                knowledge.search(last.questions().getFirst(), language, TOPIC_SEARCH_HITS),
                knowledge.search(text.strip(), language, TOPIC_SEARCH_HITS))) {
            for (KbHit hit : result.hits()) {
                if (hit.entry().category().equals(last.category())) {
                    topic.putIfAbsent(hit.entry().id(), hit.entry());
                }
            }
        }
        FaqEntry best = null;
        long bestCount = 0;
        boolean tie = false;
        for (FaqEntry entry : topic.values()) {
            long count = entry.questions().stream().filter(question -> question.contains(core)).count();
            if (count > bestCount) {
                best = entry;
                bestCount = count;
                tie = false;
            } else if (count == bestCount && count > 0) {
                tie = true;
            }
        }
        return best == null || tie ? Optional.empty() : Optional.of(KbHit.givenAgain(best));
    }

    /**
     * The answer to {@code text}, whose own search {@code own} found an answer, right after the answer of {@code last}:
     * the entry of the last answer's topic that the message's words reach best (at least the gate's coverage), when the
     * message names nothing of the entry it found alone (none of its tags' words nor its category). "How long?" after
     * the shipping cost reaches the delivery time, and says nothing of the warranty repair time the message alone found
     * first; "how much does it cost?" after the delivery time reaches the shipping cost, and says nothing of the
     * instalment fee. A message whose own answer is in the last answer's topic, or that names its own topic ("how long
     * does a refund take?": refund tags the refund time), keeps its own answer.
     */
    Optional<KbHit> answerInTopic(String text, Language language, KbSearchResult own, FaqEntry last) {
        Optional<KbHit> ownAnswer = own.answer();
        if (ownAnswer.isEmpty() || !isShort(text, language)
                || ownAnswer.get().entry().category().equals(last.category())
                || namesTopicOf(ownAnswer.get().entry(), knowledge.respelled(text, language), language)) {
            // "how do i retrun something" after the refund status names the returns, misspelt.
            return Optional.empty();
        }
        double floor = knowledge.minCoverage();
        KbHit best = null;
        for (KbHit hit : knowledge.search(text.strip(), language, TOPIC_SEARCH_HITS).hits()) {
            if (hit.entry().category().equals(last.category()) && hit.coverage() >= floor
                    && (best == null || hit.coverage() > best.coverage())) {
                best = hit;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Whether one of the message's own best hits lies in another topic that the message names ("how much does huabei cost?" after
     * the delivery time: huabei tags the instalment fee), so the last topic's word must not be put in front of it.
     */
    private static boolean namesItsOwnOtherTopic(String text, Language language, KbSearchResult own, FaqEntry last) {
        return own.hits().stream().limit(3)
                .filter(hit -> !hit.entry().category().equals(last.category()))
                .anyMatch(hit -> namesTopicOf(hit.entry(), text, language));
    }

    /** Whether {@code text} names a word of {@code entry}'s tags or its category (退款, "refund" for "refunds"). */
    private static boolean namesTopicOf(FaqEntry entry, String text, Language language) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> topicWords = new ArrayList<>();
        topicWords.add(entry.category());
        for (String tag : entry.tags()) {
            topicWords.addAll(List.of(tag.toLowerCase(Locale.ROOT).split("[-\\s]+")));
        }
        if (language == Language.ZH) {
            return topicWords.stream().anyMatch(word -> !word.isBlank() && lower.contains(word));
        }
        Set<String> words = new HashSet<>();
        for (String word : lower.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
                words.add(word.endsWith("s") ? word.substring(0, word.length() - 1) : word + "s");
            }
        }
        return topicWords.stream().anyMatch(words::contains);
    }

    private boolean reachedByOwnWords(KbHit answer, KbSearchResult own) {
        double floor = knowledge.minCoverage();
        return own.hits().stream().anyMatch(hit -> hit.entry().id().equals(answer.entry().id()) && hit.coverage() >= floor);
    }

    private static boolean isShort(String text, Language language) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String t = text.strip();
        return language == Language.ZH ? t.codePointCount(0, t.length()) <= MAX_ZH_CHARS
                : t.split("\\s+").length <= MAX_EN_WORDS;
    }
}
