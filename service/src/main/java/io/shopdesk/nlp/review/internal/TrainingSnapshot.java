package io.shopdesk.nlp.review.internal;

import io.shopdesk.nlp.intent.IntentDataException;
import io.shopdesk.nlp.intent.IntentDataReader;
import io.shopdesk.nlp.intent.IntentExample;
import io.shopdesk.nlp.intent.IntentReleaseTrainer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The training data of {@code nlp-models/intents/} as a release job, "Release anyway" and
 * {@code GET /api/nlu/releases/current} read it: every example (parsed, so a file that cannot be read is an
 * {@link IntentDataException} naming its file and line, never a hash of unreadable data), which came from a reviewed
 * file, and the release's training-data hash. Read while no label changes the files ({@link ReviewedExamples#locked}).
 * Immutable.
 *
 * @param reviewed {@code reviewed[i]}: example i is from a reviewed file (the team's labels)
 */
record TrainingSnapshot(List<IntentExample> examples, boolean[] reviewed, String hash) {

    /** Reads {@code folder}'s data files; {@link IntentDataException} when one cannot be read. */
    static TrainingSnapshot read(Path folder, IntentReleaseTrainer release) {
        List<Path> files = IntentDataReader.dataFiles(folder);
        List<IntentExample> all = new ArrayList<>();
        List<Boolean> fromReview = new ArrayList<>();
        for (Path file : files) {
            List<IntentExample> read = IntentDataReader.read(file);
            all.addAll(read);
            boolean team = file.getFileName().toString().startsWith("reviewed-");
            read.forEach(e -> fromReview.add(team));
        }
        boolean[] marks = new boolean[fromReview.size()];
        for (int i = 0; i < marks.length; i++) {
            marks[i] = fromReview.get(i);
        }
        return new TrainingSnapshot(List.copyOf(all), marks, release.dataHash(files, "oos"));
    }

    /** The examples the gate treats as new: the reviewed files', and those of an intent the live model lacks. */
    boolean[] newExamples(List<String> liveLabels) {
        Set<String> known = Set.copyOf(liveLabels);
        boolean[] fresh = new boolean[reviewed.length];
        for (int i = 0; i < fresh.length; i++) {
            fresh[i] = reviewed[i] || !known.contains(examples.get(i).intent());
        }
        return fresh;
    }

    /** The labels in the data, in the order they first appear. */
    List<String> labels() {
        return examples.stream().map(IntentExample::intent).distinct().toList();
    }

    /** How many examples {@code label} has. */
    long count(String label) {
        return examples.stream().filter(e -> e.intent().equals(label)).count();
    }
}
