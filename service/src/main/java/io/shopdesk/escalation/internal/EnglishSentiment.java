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

    private final ThreadPoolExecutor worker;
    private volatile StanfordCoreNLP pipeline;

    public EnglishSentiment(int queueSize) {
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
     * (one furious sentence is enough to need a person), else the mean.
     */
    public double score(String text) {
        Annotation annotation = new Annotation(text);
        pipeline().annotate(annotation);
        double sum = 0;
        double min = 1;
        int n = 0;
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            Tree tree = sentence.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
            int cls = RNNCoreAnnotations.getPredictedClass(tree);
            double score = CLASS_SCORES[Math.max(0, Math.min(4, cls))];
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
