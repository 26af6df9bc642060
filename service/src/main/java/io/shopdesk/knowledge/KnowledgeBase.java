package io.shopdesk.knowledge;

import io.shopdesk.knowledge.internal.FaqAnalyzers;
import io.shopdesk.knowledge.internal.FaqIndex;
import io.shopdesk.knowledge.internal.FaqLoader;
import io.shopdesk.nlp.Analysis;
import io.shopdesk.nlp.ChineseDictionary;
import io.shopdesk.nlp.intent.MessageTokenizer;
import io.shopdesk.nlp.Entity;
import io.shopdesk.nlp.Language;
import io.shopdesk.watch.FolderWatcher;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import io.shopdesk.watch.StartupTasks;
import org.slf4j.Logger;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.slf4j.LoggerFactory;

/**
 * The FAQ search: one Lucene index per language, built at start-up from {@code knowledge-base/} and rebuilt when a
 * file there changes. A rebuild that fails (a YAML typo) is reported and the previous index keeps serving.
 * Thread-safe: searches read an immutable snapshot that a rebuild replaces atomically.
 */
public class KnowledgeBase implements AutoCloseable, SmartInitializingSingleton {
    private static final Logger log = LoggerFactory.getLogger(KnowledgeBase.class);
    /** Slot values say which item, not what the question is about, so they are left out of the FAQ query. */
    private static final Set<String> SLOT_TYPES = Set.of(Entity.ORDER_ID, Entity.PRODUCT, Entity.MONEY, Entity.DATE,
            Entity.PHONE, Entity.PHONE_LAST4, Entity.PERSON, Entity.PLACE, Entity.ORGANIZATION, Entity.CATEGORY);

    /** What the last (re)build did. */
    public record BuildStatus(Instant at, boolean ok, String message, int zhEntries, int enEntries) {
    }

    private final KnowledgeSettings settings;
    private final MessageTokenizer tokenizer;
    private final AtomicReference<Map<Language, FaqIndex>> indexes = new AtomicReference<>();
    private final AtomicReference<IntentTopics> topics = new AtomicReference<>(IntentTopics.NONE);
    private final AtomicReference<BuildStatus> status = new AtomicReference<>();
    private final java.util.concurrent.CompletableFuture<BuildStatus> initial;
    private FolderWatcher watcher;
    /** The folder as the start-up build read it, so the watcher also catches an edit saved during that build. */
    private final String loaded;

    /** Takes the Chinese dictionary so that the index and the queries are segmented with the same words. */
    public KnowledgeBase(KnowledgeSettings settings, ChineseDictionary dictionary, MessageTokenizer tokenizer) {
        this.settings = settings;
        this.tokenizer = tokenizer;
        this.loaded = FolderWatcher.fingerprint(settings.source());
        this.initial = StartupTasks.start("knowledge", this::rebuild);
    }

    /**
     * Waits for the start-up build; Spring calls it once every bean exists, so the build overlaps the rest of
     * start-up. A knowledge base that cannot be built fails start-up.
     */
    @Override
    public void afterSingletonsInstantiated() {
        awaitBuilt();
    }

    public void awaitBuilt() {
        StartupTasks.join(initial);
        if (indexes.get() == null) {
            throw new IllegalStateException("The knowledge base could not be built: " + status.get().message());
        }
        synchronized (this) {
            if (watcher == null) {
                watcher = new FolderWatcher("knowledge", settings.source(), settings.pollInterval(), loaded, this::rebuild);
            }
        }
    }

    /** Rebuilds every language's index; on any error keeps the current one. Returns the new status. */
    public BuildStatus rebuild() {
        synchronized (rebuildLock) {
            return rebuildNow();
        }
    }

    private final Object rebuildLock = new Object();

    private BuildStatus rebuildNow() {
        long start = System.nanoTime();
        try {
            // The languages build side by side: each trains its own FAQ classifier.
            Map<Language, FaqIndex> built = new EnumMap<>(Language.class);
            Map<Language, java.util.concurrent.CompletableFuture<FaqIndex>> building = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                building.put(language, StartupTasks.start("faq-" + language.code(), () -> build(language)));
            }
            for (Language language : Language.values()) {
                try {
                    built.put(language, building.get(language).join());
                } catch (java.util.concurrent.CompletionException e) {
                    throw e.getCause() instanceof RuntimeException cause ? cause : e;
                }
            }
            java.util.Set<String> categories = new java.util.HashSet<>();
            built.values().forEach(index -> categories.addAll(index.categories()));
            topics.set(IntentTopics.load(settings.source(), categories));
            indexes.set(Map.copyOf(built));
            BuildStatus ok = new BuildStatus(Instant.now(), true, "built in " + (System.nanoTime() - start) / 1_000_000 + " ms",
                    built.get(Language.ZH).size(), built.get(Language.EN).size());
            status.set(ok);
            log.info("Knowledge base {}: {} zh and {} en entries", ok.message(), ok.zhEntries(), ok.enEntries());
            return ok;
        } catch (RuntimeException e) {
            BuildStatus current = status.get();
            BuildStatus failed = new BuildStatus(Instant.now(), false, e.getMessage(),
                    current == null ? 0 : current.zhEntries(), current == null ? 0 : current.enEntries());
            status.set(failed);
            log.error("Knowledge base not rebuilt, the previous index keeps serving: {}", e.getMessage());
            return failed;
        }
    }

    private FaqIndex build(Language language) {
        var synonyms = settings.source().resolve("synonyms").resolve("synonyms-" + language.code() + ".txt");
        return new FaqIndex(language, FaqLoader.load(settings.source(), language),
                FaqAnalyzers.forLanguage(language, synonyms), tokenizer);
    }

    public BuildStatus status() {
        return status.get();
    }

    public KbSearchResult search(String question, Language language) {
        return search(question, language, settings.maxHits());
    }

    public KbSearchResult search(String question, Language language, int maxHits) {
        awaitBuilt();
        return indexes.get().get(language).search(question, maxHits, settings.answerGate());
    }

    /**
     * Searches with the message's slot values (order ids, products, amounts, dates) left out. When that finds no
     * answer, the whole message is searched as well: its answer is given when the words left without the slots point
     * to the same entry ({@link #alsoFoundWithoutSlots}), as "耳机保修多长时间" (without 耳机 only 保修多长时间, closest
     * to the dispatch time) does. Otherwise, when the message's intent has a topic ({@link IntentTopics}), the answer
     * may come from within the topic ({@link TopicAnswer}: the topic's clear leader, or the search's first hit when it
     * is in the topic): "I want to return these shoes, they don't fit" is about
     * returns even though, without "shoes", its words are too few for the search alone. Without an answer there, the
     * topic's entries come first among the hits, which the fallback suggests.
     */
    public KbSearchResult search(Analysis analysis) {
        String slotFree = withoutSlots(analysis);
        KbSearchResult withoutSlots = search(slotFree, analysis.language());
        if (withoutSlots.confident()) {
            return withoutSlots;
        }
        KbSearchResult whole = slotFree.equals(analysis.text()) ? withoutSlots
                : search(analysis.text(), analysis.language(), TOPIC_HITS);
        if (whole != withoutSlots && alsoFoundWithoutSlots(whole, withoutSlots)) {
            return new KbSearchResult(whole.hits().subList(0, Math.min(settings.maxHits(), whole.hits().size())), true);
        }
        if (analysis.outOfScope()) {
            return withoutSlots;
        }
        java.util.Set<String> categories = topics.get().of(analysis.intentName());
        if (categories.isEmpty()) {
            return withoutSlots;
        }
        if (whole == withoutSlots) {
            whole = search(analysis.text(), analysis.language(), TOPIC_HITS);
        }
        java.util.List<KbHit> hits = new java.util.ArrayList<>(withoutSlots.hits());
        hits.addAll(whole.hits());
        TopicAnswer topic = settings.topicAnswer();
        double intentConfidence = analysis.intent().confidence();
        return topic.answer(categories, intentConfidence, hits)
                .or(() -> topic.firstHitInTopic(categories, intentConfidence, withoutSlots))
                .orElseGet(() -> topic.suggestions(categories, intentConfidence, withoutSlots, hits));
    }

    /**
     * Whether the whole message's answer (passed by the gate) is also among the entries found without the slots and
     * shares a word with what is left: the slot values then say which item the question is about, as in "羽绒服怎么洗",
     * not what it asks. A product's name alone does not carry an answer this way: "where can I buy headphones" finds
     * the headphones' battery life with its name, but not without it; nor do a place and a day ("what's the weather in
     * Beijing tomorrow": express delivery with them, nothing the rest of the words share without them).
     */
    private static boolean alsoFoundWithoutSlots(KbSearchResult whole, KbSearchResult withoutSlots) {
        return whole.answer().map(answer -> withoutSlots.hits().stream()
                .anyMatch(hit -> hit.entry().id().equals(answer.entry().id()) && hit.coverage() > 0)).orElse(false);
    }

    /** How many hits the whole message's search looks at (for a topic answer among them). */
    private static final int TOPIC_HITS = 8;

    /** The message's text with its slot values blanked out, as the FAQ is searched for it. */
    static String withoutSlots(Analysis analysis) {
        StringBuilder question = new StringBuilder(analysis.text());
        for (Entity entity : analysis.entities()) {
            if (SLOT_TYPES.contains(entity.type())) {
                for (int i = entity.start(); i < entity.end(); i++) {
                    question.setCharAt(i, ' ');
                }
            }
        }
        return question.toString();
    }

    /** Whether the FAQ's gate ({@link AnswerGate}) would answer with this hit, were it the first found. */
    public boolean admits(KbHit hit) {
        return settings.answerGate().admits(hit);
    }

    /** The least share of a message's weight an entry must cover to be answered ({@code min-coverage}). */
    public double minCoverage() {
        return settings.minCoverage();
    }

    /**
     * The text with the misspellings the language's synonyms file rewrites read as the words they stand for ("retrun"
     * as "return"), as the FAQ classifier reads it: for code that looks for a topic's words in a message itself.
     */
    public String respelled(String text, Language language) {
        awaitBuilt();
        return indexes.get().get(language).respelled(text);
    }

    /** The intents {@code intent-topics.yml} gives FAQ categories, whose questions the FAQ search answers within them. */
    public java.util.Set<String> intentsWithTopics() {
        return topics.get().categories().keySet();
    }

    public Optional<FaqEntry> entry(String id, Language language) {
        awaitBuilt();
        return Optional.ofNullable(indexes.get().get(language).entry(id));
    }

    @Override
    public synchronized void close() {
        if (watcher != null) {
            watcher.close();
        }
    }
}
