package io.shopdesk.nlp.internal;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.shopdesk.nlp.Annotations;
import io.shopdesk.nlp.Entity;
import io.shopdesk.nlp.Key;
import io.shopdesk.nlp.Keys;
import io.shopdesk.nlp.Language;
import io.shopdesk.nlp.NlpSettings;
import io.shopdesk.nlp.Stage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import io.shopdesk.watch.StartupTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * English named entities and normalised dates, times and money with Stanford CoreNLP (3-class NER + SUTime). CoreNLP
 * handles 100-200 sentences a second, so it runs only on English messages that may hold a date, time, amount or
 * name, and it loads in the background: until it is ready the pipeline skips it and health reports DOWN.
 * Thread-safe: StanfordCoreNLP's annotate is.
 */
@Component
public class CoreNlpStage implements Stage {
    private static final Logger log = LoggerFactory.getLogger(CoreNlpStage.class);
    /** Digits, currency, month and day names, relative days, or a capitalised word after the first. */
    private static final Pattern MAY_HOLD_ENTITY = Pattern.compile(
            "\\d|[$¥€£]|(?i:\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|tomorrow|yesterday|week|month|year|morning|afternoon|evening|noon|dollars?|yuan|bucks|hundred|thousand)\\w*)|\\s[A-Z][a-z]");
    private static final Map<String, String> TYPES = Map.of(
            "PERSON", Entity.PERSON, "LOCATION", Entity.PLACE, "ORGANIZATION", Entity.ORGANIZATION,
            "DATE", Entity.DATE, "MONEY", Entity.MONEY, "TIME", "time", "DURATION", "duration");

    private final Clock clock;
    private final boolean enabled;
    private volatile CompletableFuture<StanfordCoreNLP> pipeline;

    public CoreNlpStage(NlpSettings settings, Clock clock) {
        this.clock = clock;
        this.enabled = settings.coreNlp();
        if (!enabled) {
            pipeline = CompletableFuture.completedFuture(null);
        } else if (!settings.coreNlpAsync()) {
            pipeline = CompletableFuture.completedFuture(load());
        }
    }

    /**
     * Starts loading once the service is up, so that CoreNLP's ~10 s of model loading does not compete with
     * start-up for the CPU; until it is loaded the stage is skipped and health says so.
     */
    @EventListener(ApplicationReadyEvent.class)
    public synchronized void startLoading() {
        if (pipeline == null) {
            // CoreNLP finds its models through the context class loader, which must be the application's
            // (inside the jar), not the common pool's.
            ClassLoader app = CoreNlpStage.class.getClassLoader();
            pipeline = StartupTasks.start("corenlp", () -> {
                Thread.currentThread().setContextClassLoader(app);
                return load();
            });
            pipeline.whenComplete((nlp, error) -> {
                if (error != null) {
                    log.error("CoreNLP could not be loaded; English dates and names come from patterns only", error);
                }
            });
        }
    }

    private static StanfordCoreNLP load() {
        long start = System.nanoTime();
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "true");
        props.setProperty("ner.useSUTime", "true");
        props.setProperty("ner.applyNumericClassifiers", "true");
        props.setProperty("tokenize.language", "en");
        StanfordCoreNLP nlp = new StanfordCoreNLP(props);
        log.info("CoreNLP loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
        return nlp;
    }

    @Override
    public String name() {
        return "corenlp";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(Keys.LANGUAGE, Keys.ENTITIES);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Keys.ENTITIES);
    }

    @Override
    public boolean ready() {
        CompletableFuture<StanfordCoreNLP> loading = pipeline;
        return !enabled || (loading != null && loading.isDone() && !loading.isCompletedExceptionally());
    }

    /** Blocks until CoreNLP has loaded (starting the load if needed); for tests and benchmarks. */
    public void awaitLoaded() {
        startLoading();
        pipeline.join();
    }

    @Override
    public void process(Annotations annotations) {
        String text = annotations.text();
        if (!enabled || !ready() || annotations.language() != Language.EN || !MAY_HOLD_ENTITY.matcher(text).find()) {
            return;
        }
        CoreDocument document = new CoreDocument(text);
        document.annotation().set(CoreAnnotations.DocDateAnnotation.class, LocalDate.now(clock).toString());
        pipeline.join().annotate(document);
        List<Entity> found = new ArrayList<>(annotations.getOrDefault(Keys.ENTITIES, List.of()));
        for (CoreEntityMention mention : document.entityMentions()) {
            String type = TYPES.get(mention.entityType());
            if (type == null) {
                continue;
            }
            int start = mention.charOffsets().first();
            int end = mention.charOffsets().second();
            Entity entity = new Entity(type, text.substring(start, end), start, end, normalised(mention), "corenlp");
            if (found.stream().noneMatch(entity::overlaps)) {
                found.add(entity);
            }
        }
        found.sort(java.util.Comparator.comparingInt(Entity::start));
        annotations.put(Keys.ENTITIES, found);
    }

    private static String normalised(CoreEntityMention mention) {
        for (CoreLabel token : mention.tokens()) {
            String value = token.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return mention.text();
    }
}
