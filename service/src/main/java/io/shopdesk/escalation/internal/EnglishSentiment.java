package io.shopdesk.escalation.internal;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.util.CoreMap;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * English sentiment with Stanford CoreNLP's recursive sentiment model, off the reply path: {@link #submit} queues a
 * message and returns at once; one background thread parses it (the PCFG parser takes tens of milliseconds per
 * sentence, too slow for every reply) and hands the score to the callback. The model loads on first use. When the
 * queue is full the oldest waiting message is skipped and logged, so a burst never grows memory. Thread-safe.
 */
public final class EnglishSentiment implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EnglishSentiment.class);
    /** CoreNLP's five classes, very negative to very positive, on -1..1. */
    private static final double[] CLASS_SCORES = {-1, -0.6, 0, 0.5, 1};
    private static final int VERY_NEGATIVE = 0;
    private static final int NEGATIVE = 1;

    private final ThreadPoolExecutor worker;
    private final double veryNegativeProbability;
    private volatile StanfordCoreNLP pipeline;

    /**
     * {@code veryNegativeProbability}: from this probability of "very negative" a sentence the model calls "negative"
     * counts as very negative. The model seldom picks "very negative" outright (once among the 1,284 English examples
     * of {@code nlp-models/intents/}, for "payment failure"), while outbursts such as "This is the worst service
     * ever." come out "negative" with 0.36 "very negative", and plain problems ("My payment failed", "The shipping is
     * too slow") with 0.10 or less. On those examples 0.3 marks 4 of the 55 complaints and 3 of the 1,229 others (all
     * failed payments); 0.25 would mark 10 and 6.
     */
    public EnglishSentiment(int queueSize, double veryNegativeProbability) {
        this.veryNegativeProbability = veryNegativeProbability;
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queueSize),
                Thread.ofPlatform().name("english-sentiment").daemon().factory(),
                (task, executor) -> {
                    executor.getQueue().poll();
                    log.warn("English sentiment queue full: skipped the oldest waiting message");
                    executor.execute(task);
                });
    }

    /** Scores {@code text} in the background and calls {@code result} with -1..1 (not called if it fails). */
    public void submit(String text, DoubleConsumer result) {
        worker.execute(() -> {
            try {
                result.accept(score(text));
            } catch (RuntimeException e) {
                log.warn("English sentiment failed for a message", e);
            }
        });
    }

    /**
     * The sentiment of {@code text}, now (blocking): its most negative sentence's class score when one is negative
     * (one furious sentence is enough to need a person), else the mean. CoreNLP's "negative" is -0.6, "very negative"
     * -1.
     */
    public double score(String text) {
        Annotation annotation = new Annotation(text);
        pipeline().annotate(annotation);
        double sum = 0;
        double min = 1;
        int n = 0;
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            Tree tree = sentence.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
            int cls = Math.max(0, Math.min(4, RNNCoreAnnotations.getPredictedClass(tree)));
            if (cls == NEGATIVE && RNNCoreAnnotations.getPredictions(tree).get(VERY_NEGATIVE) >= veryNegativeProbability) {
                cls = VERY_NEGATIVE;
            }
            double score = CLASS_SCORES[cls];
            sum += score;
            min = Math.min(min, score);
            n++;
        }
        return n == 0 ? 0 : min < 0 ? min : sum / n;
    }

    private StanfordCoreNLP pipeline() {
        StanfordCoreNLP loaded = pipeline;
        if (loaded == null) {
            synchronized (this) {
                if (pipeline == null) {
                    long start = System.nanoTime();
                    ClassLoader previous = Thread.currentThread().getContextClassLoader();
                    // CoreNLP finds its models through the context class loader: it must be the application's.
                    Thread.currentThread().setContextClassLoader(EnglishSentiment.class.getClassLoader());
                    try {
                        Properties props = new Properties();
                        props.setProperty("annotators", "tokenize,ssplit,pos,parse,sentiment");
                        props.setProperty("parse.model", "edu/stanford/nlp/models/lexparser/englishPCFG.ser.gz");
                        props.setProperty("parse.maxlen", "80");
                        props.setProperty("tokenize.language", "en");
                        pipeline = new StanfordCoreNLP(props);
                    } finally {
                        Thread.currentThread().setContextClassLoader(previous);
                    }
                    log.info("CoreNLP sentiment loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
                }
                loaded = pipeline;
            }
        }
        return loaded;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
