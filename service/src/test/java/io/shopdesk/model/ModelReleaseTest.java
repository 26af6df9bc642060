package io.shopdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A release folder: model and manifest written together, loaded only when the model file has the manifest's hash. */
class ModelReleaseTest {
    record Weights(List<Double> values) implements Serializable {
    }

    record Manifest(String name, String version, String sha256, Map<String, Object> metrics, String createdAt) {
    }

    @TempDir
    Path dir;

    @Test
    void aWrittenModelLoadsBackAndItsManifestNamesTheModelFilesHash() throws Exception {
        ModelRelease release = new ModelRelease(dir);
        Manifest written = release.write(new Weights(List.of(0.5, -1.25)),
                stamp -> new Manifest("toy", stamp.version(), stamp.sha256(), Map.of("accuracy", 0.9), stamp.createdAt()));

        assertThat(written.sha256()).isEqualTo(ModelRelease.sha256(dir.resolve("model.bin")));
        assertThat(written.version()).matches("\\d{14}");
        assertThat(written.createdAt()).startsWith(written.version().substring(0, 4) + "-");
        assertThat(release.manifest(Manifest.class)).contains(written);
        assertThat(release.load(Weights.class, written.sha256())).isEqualTo(new Weights(List.of(0.5, -1.25)));
        assertThat(Files.readString(dir.resolve("manifest.json"))).isEqualTo("""
                {
                  "name" : "toy",
                  "version" : "%s",
                  "sha256" : "%s",
                  "metrics" : {
                    "accuracy" : 0.9
                  },
                  "createdAt" : "%s"
                }""".formatted(written.version(), written.sha256(), written.createdAt()));
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("model.bin", "manifest.json");
        }
    }

    @Test
    void aWriteThatFailsLeavesNoTemporaryFileAndNoManifest() throws Exception {
        // A folder where model.bin should go: the move over it fails as a full disk's write would.
        Files.createDirectories(dir.resolve("model.bin/in-the-way"));

        assertThatThrownBy(() -> new ModelRelease(dir).write(new Weights(List.of(1.0)),
                stamp -> new Manifest("toy", stamp.version(), stamp.sha256(), Map.of(), stamp.createdAt())))
                .isInstanceOf(java.io.UncheckedIOException.class);
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("model.bin");
        }
    }

    @Test
    void anAlteredModelFileIsRefused() throws Exception {
        ModelRelease release = new ModelRelease(dir);
        Manifest written = release.write(new Weights(List.of(1.0)),
                stamp -> new Manifest("toy", stamp.version(), stamp.sha256(), Map.of(), stamp.createdAt()));
        Files.write(dir.resolve("model.bin"), new byte[] {1, 2, 3});

        assertThatThrownBy(() -> release.load(Weights.class, written.sha256())).isInstanceOf(ModelReleaseException.class)
                .hasMessage(dir.resolve("model.bin") + " does not match the SHA-256 in its manifest");
    }

    @Test
    void aModelOfAnotherKindIsRefused() {
        ModelRelease release = new ModelRelease(dir);
        Manifest written = release.write(new Weights(List.of(1.0)),
                stamp -> new Manifest("toy", stamp.version(), stamp.sha256(), Map.of(), stamp.createdAt()));

        assertThatThrownBy(() -> release.load(String.class, written.sha256())).isInstanceOf(ModelReleaseException.class)
                .hasMessageStartingWith("Cannot read the model in " + dir);
    }

    @Test
    void aFolderWithoutAReleaseHasNoManifest() {
        assertThat(new ModelRelease(dir.resolve("none")).manifest(Manifest.class)).isEmpty();
    }
}
