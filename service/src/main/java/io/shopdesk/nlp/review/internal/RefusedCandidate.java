package io.shopdesk.nlp.review.internal;

import io.shopdesk.model.ModelReleaseException;
import io.shopdesk.nlp.intent.IntentModelStore;
import io.shopdesk.nlp.intent.IntentReleaseTrainer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one candidate a release job's gate refused by {@code below_floor} alone, kept on disk so that a supervisor can
 * release it anyway ("Release anyway") after a restart too: before, it lived in memory and a restart answered
 * {@code candidate_gone}. It is a release folder of its own, {@code nlp-models/intent-model-candidate/}
 * ({@code model.bin} and {@code manifest.json} as {@link IntentModelStore#write} writes them, with {@code job.json}
 * last, naming the job and the live release it was measured against). Nothing loads that folder as live: the intent
 * stage watches and loads {@code intent-model/} only, and {@link IntentModelStore#promote} copies the kept model file
 * there byte for byte. Keeping another candidate replaces it; {@link #clear} removes it (a new job started, the
 * candidate was released, or it can no longer be). Not thread-safe: {@link ReleaseJobs} calls it under its lock.
 */
final class RefusedCandidate {
    /** The folder's name beside the release folder. */
    static final String FOLDER = "intent-model-candidate";
    private static final String JOB_FILE = "job.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What {@code job.json} holds: the job that measured the candidate and the live release it was compared with. */
    record Kept(long job, String dataHash, String liveVersion) {
    }

    private final Path folder;

    RefusedCandidate(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    /** Keeps job {@code job}'s candidate, measured against {@code liveVersion} (null: no release), replacing any other. */
    void keep(long job, IntentReleaseTrainer.Candidate candidate, String liveVersion) {
        clear();
        candidate.writeTo(folder);
        try {
            Path tmp = folder.resolve(JOB_FILE + ".tmp");
            Files.writeString(tmp, JSON.writeValueAsString(new Kept(job, candidate.dataHash(), liveVersion)),
                    StandardCharsets.UTF_8);
            Files.move(tmp, folder.resolve(JOB_FILE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the refused candidate in " + folder, e);
        }
    }

    /**
     * The kept candidate's record, when it is job {@code job}'s and complete ({@code job.json} is written last, so a
     * stop while keeping leaves none).
     */
    Optional<Kept> of(long job) {
        Path file = folder.resolve(JOB_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Kept kept = JSON.readValue(file.toFile(), Kept.class);
            return kept.job() == job ? Optional.of(kept) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Releases the kept candidate to {@code releases} with the override recorded, then drops it.
     *
     * @throws ModelReleaseException when its model file is missing or not its manifest's (it is dropped too)
     */
    IntentModelStore.Manifest release(Path releases, IntentModelStore.GateOverride override) {
        IntentModelStore.Manifest released;
        try {
            released = IntentModelStore.promote(folder, releases, override);
        } catch (ModelReleaseException e) {
            clear();
            throw e;
        }
        clear();
        return released;
    }

    /** Removes the kept candidate, if any. */
    void clear() {
        try {
            FileSystemUtils.deleteRecursively(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the refused candidate in " + folder, e);
        }
    }
}
