package io.shopdesk.nlp.intent;

import io.shopdesk.nlp.IntentPrediction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * General English sentences that belong to no shop's intents, added as out-of-scope examples to English training
 * data that has no {@code oos} examples of its own: the idea of "outlier exposure" (Hendrycks, Mazeika and
 * Dietterich, ICLR 2019). A model trained only on what it covers has never been shown what it does not cover, so
 * anything off-topic still lands on the nearest intent and only the confidence threshold can catch it; with a
 * background class it learns a region for "none of these" (CLINC150 without its oos training data, default
 * threshold: oos recall 0.542 → 0.605 at in-scope 0.9409 → 0.9398; docs/nlu.md).
 *
 * <p>Data that has {@code oos} examples does not get it: there the team's own examples say what out of scope is,
 * and the threshold tuned on their validation data must be tuned against that class (with the background as well,
 * CLINC150's tuned threshold fell to 0.17 and its test oos recall to 0.52, although the model ranked better).
 *
 * <p>The sentences are {@code nlp-models/background/en.txt}: State of the Union addresses and Moby Dick (public
 * domain), in a fixed shuffled order, written by {@code service/tools/background-sentences.sh}. A model takes the
 * first {@link #SHARE} × its English example count of them (at least {@link #MINIMUM}, or none), so the background
 * grows with the data and never swamps a small intent set. Immutable and thread-safe.
 */
public final class OutOfScopeBackground {
    /** The file under {@code nlp-models/}. */
    public static final String FILE = "background/en.txt";
    /** Background sentences per English training example. */
    static final double SHARE = 0.1;
    /** Fewer than this many background sentences are not added at all (an intent needs two examples). */
    static final int MINIMUM = 2;
    /** No background: models are trained on their own data only. */
    public static final OutOfScopeBackground NONE = new OutOfScopeBackground(List.of(), "none");

    private final List<String> sentences;
    private final String sha256;

    private OutOfScopeBackground(List<String> sentences, String sha256) {
        this.sentences = sentences;
        this.sha256 = sha256;
    }

    /**
     * The background under a models folder ({@link #FILE}), or {@link #NONE} when the folder has none (a team's own
     * models folder need not ship one; callers say so in their logs).
     *
     * @throws UncheckedIOException when the file exists but cannot be read
     */
    public static OutOfScopeBackground fromModels(Path modelsDir) {
        Path file = modelsDir.resolve(FILE);
        return Files.exists(file) ? read(file) : NONE;
    }

    /**
     * Reads one sentence per line, UTF-8; blank lines and lines starting with {@code #} are skipped.
     *
     * @throws UncheckedIOException when the file cannot be read
     */
    public static OutOfScopeBackground read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            List<String> sentences = new String(bytes, StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
            return new OutOfScopeBackground(sentences, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the out-of-scope background " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many sentences the background holds. */
    public int size() {
        return sentences.size();
    }

    /** The file's SHA-256 ({@code "none"} for {@link #NONE}), part of an intent release's training-data hash. */
    public String sha256() {
        return sha256;
    }

    /**
     * The out-of-scope examples for training data with {@code englishExamples} English messages: the first
     * {@link #SHARE} of that count, as many as there are, labelled {@link IntentPrediction#OUT_OF_SCOPE}; none when
     * that is under {@link #MINIMUM}.
     */
    public List<IntentExample> examplesFor(int englishExamples) {
        int count = Math.min(sentences.size(), (int) (englishExamples * SHARE));
        if (count < MINIMUM) {
            return List.of();
        }
        return sentences.subList(0, count).stream()
                .map(sentence -> new IntentExample(sentence, IntentPrediction.OUT_OF_SCOPE))
                .toList();
    }
}
