package io.shopdesk.nlp.review.internal;

import io.shopdesk.nlp.NlpSettings;
import io.shopdesk.nlp.intent.IntentDataReader;
import io.shopdesk.nlp.intent.IntentExample;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * The team's labelled examples from the review inbox: {@code nlp-models/intents/reviewed-<language>.csv}, in the
 * intents files' format ({@code text,intent} header, RFC 4180 quoting), which the service and {@code nlu train} read
 * with every other training file of {@code intents/} ({@code *.csv}, Rasa {@code *.yml}). Each change rewrites the
 * file beside itself and moves it over atomically, so a reader (a training job, a restart) sees the old file or the
 * new one. A file left without examples is deleted: the reader refuses a CSV with none. Thread-safe: changes and
 * {@link #locked} readers of the training data take one lock, so a training job's snapshot of the files is never half
 * of a change.
 */
@Component
class ReviewedExamples {
    /** Quotes only where RFC 4180 needs it (a comma, a quote, a line break), as the shipped files are written. */
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).build();
    private static final CsvSchema ROW = CsvSchema.builder().addColumn("text").addColumn("intent").build()
            .withoutHeader().withLineSeparator("\n");
    private static final String HEADER = "text,intent\n";

    /** A text already in the training data, under {@code intent} in {@code file}. */
    static final class Duplicate extends RuntimeException {
        final String file;
        final String intent;

        Duplicate(String file, String intent, String text) {
            super("'" + text + "' is already an example of " + intent + " in " + file);
            this.file = file;
            this.intent = intent;
        }
    }

    /** An example of a reviewed file. */
    record Labelled(String text, String intent, String file) {
    }

    private final Path folder;
    private final Object lock = new Object();
    private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();

    ReviewedExamples(NlpSettings settings) {
        this.folder = settings.modelsDir().resolve("intents");
    }

    static String fileName(String language) {
        return "reviewed-" + language + ".csv";
    }

    Path folder() {
        return folder;
    }

    /**
     * The state of the reviewed files, for caches of what depends on them: how many changes this service made, and
     * each file's size and modification time (a hand edit).
     */
    String state() {
        StringBuilder state = new StringBuilder().append(changes.get());
        for (String language : List.of("zh", "en")) {
            Path file = folder.resolve(fileName(language));
            try {
                state.append('|').append(Files.size(file)).append('@').append(Files.getLastModifiedTime(file).toMillis());
            } catch (IOException e) {
                state.append("|none");
            }
        }
        return state.toString();
    }

    /** Runs {@code reading} while no example is added or removed. */
    <T> T locked(Supplier<T> reading) {
        synchronized (lock) {
            return reading.get();
        }
    }

    /**
     * Adds {@code text} as an example of {@code intent} to the language's reviewed file (created with its header).
     *
     * @throws Duplicate when a copy of the text ({@link IntentExample#textKey()}) is in any training file
     */
    String add(String text, String language, String intent) {
        synchronized (lock) {
            String key = new IntentExample(text, intent).textKey();
            for (Path file : IntentDataReader.dataFiles(folder)) {
                for (IntentExample example : IntentDataReader.read(file)) {
                    if (example.textKey().equals(key)) {
                        throw new Duplicate(file.getFileName().toString(), example.intent(), text);
                    }
                }
            }
            Path file = folder.resolve(fileName(language));
            String before = Files.isRegularFile(file) ? read(file) : HEADER;
            if (!before.endsWith("\n")) {
                before += "\n";
            }
            write(file, before + CSV.writer(ROW).writeValueAsString(new String[] {text, intent}));
            changes.incrementAndGet();
            return file.getFileName().toString();
        }
    }

    /** Removes the language's reviewed example whose {@link MessageKey} is {@code text}'s; its intent, if there was one. */
    Optional<String> remove(String text, String language) {
        synchronized (lock) {
            Path file = folder.resolve(fileName(language));
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            String key = MessageKey.of(text);
            List<IntentExample> kept = new ArrayList<>();
            String removed = null;
            for (IntentExample example : IntentDataReader.read(file)) {
                if (removed == null && MessageKey.of(example.text()).equals(key)) {
                    removed = example.intent();
                } else {
                    kept.add(example);
                }
            }
            if (removed == null) {
                return Optional.empty();
            }
            if (kept.isEmpty()) {
                delete(file);
            } else {
                StringBuilder csv = new StringBuilder(HEADER);
                kept.forEach(e -> csv.append(CSV.writer(ROW).writeValueAsString(new String[] {e.text(), e.intent()})));
                write(file, csv.toString());
            }
            changes.incrementAndGet();
            return Optional.of(removed);
        }
    }

    /** Every reviewed example of both languages by its {@link MessageKey}. */
    Map<String, Labelled> labelled() {
        Map<String, Labelled> all = new HashMap<>();
        for (String language : List.of("zh", "en")) {
            Path file = folder.resolve(fileName(language));
            if (Files.isRegularFile(file)) {
                IntentDataReader.read(file).forEach(e -> all.putIfAbsent(MessageKey.of(e.text()),
                        new Labelled(e.text(), e.intent(), file.getFileName().toString())));
            }
        }
        return all;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String csv) {
        Path tmp = file.resolveSibling("." + file.getFileName() + "." + System.nanoTime() + ".tmp");
        try {
            Files.writeString(tmp, csv, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the original is intact; a stray temporary file is all that is left
            }
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + file, e);
        }
    }
}
