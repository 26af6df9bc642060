package io.shopdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code reco eval} and {@code reco train} in-process on small files: the table, the JSON line, the models, errors. */
class RecoCommandTest {
    @TempDir
    Path dir;

    /** 12 users in two taste groups over 8 items, with timestamps. */
    private Path ratings() throws IOException {
        StringBuilder csv = new StringBuilder("user,item,rating,timestamp\n");
        for (int u = 1; u <= 12; u++) {
            for (int i = 1; i <= 8; i++) {
                if ((u + i) % 3 == 0) {
                    continue;
                }
                int rating = (u % 2 == 0) == (i <= 4) ? 5 - (i % 2) : 1 + (u % 2);
                csv.append(u).append(',').append("item").append(i).append(',').append(rating).append(',').append(880000000 + u * 10 + i).append('\n');
            }
        }
        return Files.writeString(dir.resolve("ratings.csv"), csv, StandardCharsets.UTF_8);
    }

    @Test
    void evalPrintsEveryAlgorithmThenTheBestAsJson() throws IOException {
        Path file = ratings();
        CommandRun run = CommandRun.of("reco", "eval", "--ratings", file.toString(), "--folds", "3");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines().getFirst()).isEqualTo(file + ": 64 ratings, 12 users, 8 items, scale 1-5");
        assertThat(run.outLines().get(1)).isEqualTo("3-fold cross-validation (seed 42); ranking: top 10, relevant = rating >= 4");
        assertThat(run.outLines().get(2)).isEqualTo("algorithm       RMSE     MAE    P@10    R@10  NDCG@10");
        assertThat(run.outLines().subList(3, 7)).extracting(l -> l.split("\\s+")[0]).containsExactly("popularity", "item-cf", "mf", "mf+item-cf");
        JsonNode json = run.json();
        String best = json.get("best").asString();
        assertThat(best).isIn("popularity", "item-cf", "mf", "mf+item-cf");
        assertThat(json.get("rmse").asDouble()).isEqualTo(json.at("/algorithms/" + best + "/rmse").asDouble());
        assertThat(json.get("mae").asDouble()).isPositive();
        assertThat(json.get("folds").asInt()).isEqualTo(3);
        assertThat(json.get("ratings").asInt()).isEqualTo(64);
        for (String algorithm : new String[] {"popularity", "item-cf", "mf", "mf+item-cf"}) {
            assertThat(json.at("/algorithms/" + algorithm + "/rmse").asDouble()).isGreaterThanOrEqualTo(json.get("rmse").asDouble());
            assertThat(json.at("/algorithms/" + algorithm + "/ndcg_at_10").asDouble()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void evalOfOneAlgorithmOnMovieLensFormat() throws IOException {
        Path file = dir.resolve("u.data");
        StringBuilder data = new StringBuilder();
        for (int u = 1; u <= 6; u++) {
            for (int i = 1; i <= 5; i++) {
                data.append(u).append('\t').append(i).append('\t').append(1 + (u * i) % 5).append('\t').append(881250949).append('\n');
            }
        }
        Files.writeString(file, data);
        CommandRun run = CommandRun.of("reco", "eval", "--ratings", file.toString(), "--folds", "2", "--algo", "popularity");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines().getFirst()).isEqualTo(file + ": 30 ratings, 6 users, 5 items, scale 1-5");
        assertThat(run.json().get("best").asString()).isEqualTo("popularity");
        assertThat(run.json().get("algorithms").propertyNames()).containsExactly("popularity");
    }

    @Test
    void trainWritesModelsAndManifest() throws IOException {
        Path out = dir.resolve("models");
        CommandRun run = CommandRun.of("reco", "train", "--ratings", ratings().toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines().get(1)).startsWith("Trained popularity, item-cf and mf in ").endsWith("wrote " + out.resolve("models.bin.gz"));
        assertThat(run.json().get("users").asInt()).isEqualTo(12);
        assertThat(out.resolve("models.bin.gz")).isRegularFile();
        var models = io.shopdesk.recommendation.RecommenderModelStore.read(out);
        assertThat(models.ratings().size()).isEqualTo(64);
        assertThat(models.mf().factors()).isEqualTo(100);
    }

    @Test
    void rulesTestRunsTheRecommendationScenarios() throws IOException {
        CommandRun run = CommandRun.of("rules", "test", "rules/recommendation");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.outLines()).contains("PASS A complaint gets no upsell, even when it names a product — ok");
        assertThat(run.outLines().getLast()).isEqualTo(scenarioCount(Path.of("rules/recommendation/scenarios")) + " passed, 0 failed");
    }

    /** How many scenarios the folder's YAML files hold (each starts with "- name:"). */
    private static long scenarioCount(Path folder) throws IOException {
        long count = 0;
        try (var files = Files.newDirectoryStream(folder, "*.yml")) {
            for (Path file : files) {
                count += Files.readAllLines(file).stream().filter(line -> line.startsWith("- name:")).count();
            }
        }
        return count;
    }

    @Test
    void aMissingColumnIsAClearErrorWithoutStackTrace() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.csv"), "user,product,stars\n1,a,5\n");
        CommandRun run = CommandRun.of("reco", "eval", "--ratings", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("error: " + file + ": the header lacks column(s) item, rating "
                + "(expected user,item,rating[,timestamp]; found user,product,stars)");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void quotedCsvCellsAreRead() throws IOException {
        Path file = Files.writeString(dir.resolve("quoted.csv"), "\"user\",\"item\",\"rating\"\n"
                + "\"1\",\"Shoe, running\",\"5\"\n2,\"Shoe, running\",4\n1,b,3\n2,b,2\n");
        CommandRun run = CommandRun.of("reco", "train", "--ratings", file.toString(), "--out", dir.resolve("q").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines().getFirst()).isEqualTo(file + ": 4 ratings, 2 users, 2 items, scale 2-5");
    }

    @Test
    void anOutThatIsAFileAndImpossibleGeneratorSizesAreClearErrors() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("models.txt"), "x");
        CommandRun train = CommandRun.of("reco", "train", "--ratings", ratings().toString(), "--out", notAFolder.toString());
        assertThat(train.exitCode()).isEqualTo(2);
        assertThat(train.err().strip()).isEqualTo("error: --out " + notAFolder + " is a file; give a folder for the models");

        CommandRun generate = CommandRun.of("reco", "generate", "--users", "0", "--out", dir.resolve("g.csv").toString());
        assertThat(generate.exitCode()).isEqualTo(2);
        assertThat(generate.err()).contains("--users and --items must be at least 2").doesNotContain("\tat ");
        assertThat(dir.resolve("g.csv")).doesNotExist();
    }

    @Test
    void anEmptyFileIsAClearError() throws IOException {
        Path file = Files.writeString(dir.resolve("empty.csv"), "");
        CommandRun run = CommandRun.of("reco", "train", "--ratings", file.toString(), "--out", dir.resolve("m").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("error: " + file + ": empty file (expected a header user,item,rating[,timestamp])");
    }

    @Test
    void aMalformedRowNamesItsLine() throws IOException {
        Path file = Files.writeString(dir.resolve("malformed.csv"), "user,item,rating\n1,a,5\n2,b,five\n");
        CommandRun run = CommandRun.of("reco", "eval", "--ratings", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("error: " + file + ":3: rating 'five' is not a number");
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void aShortRowAndAMissingFileAndTooFewRatingsAreClearErrors() throws IOException {
        Path shortRow = Files.writeString(dir.resolve("short.csv"), "user,item,rating\n1,a\n");
        assertThat(CommandRun.of("reco", "eval", "--ratings", shortRow.toString()).err().strip())
                .isEqualTo("error: " + shortRow + ":2: expected at least 3 fields, found 2");
        CommandRun missing = CommandRun.of("reco", "eval", "--ratings", dir.resolve("nope.csv").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err().strip()).isEqualTo("error: " + dir.resolve("nope.csv") + ": no such file");
        Path tiny = Files.writeString(dir.resolve("tiny.csv"), "user,item,rating\n1,a,5\n");
        assertThat(CommandRun.of("reco", "eval", "--ratings", tiny.toString()).err().strip())
                .isEqualTo("error: 1 ratings cannot be split into 5 folds");
        assertThat(CommandRun.of("reco", "eval", "--ratings", tiny.toString(), "--algo", "svd").err().strip())
                .isEqualTo("error: unknown --algo svd; choose popularity, item-cf, mf or mf+item-cf");
    }

    @Test
    void bytesThatAreNotUtf8AreNamedWithTheirLine() throws IOException {
        Path latin1 = Files.write(dir.resolve("latin1.csv"), "user,item,rating\n1,a,5\n2,café,4\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        CommandRun run = CommandRun.of("reco", "eval", "--ratings", latin1.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        // It was "cannot read (Input length = 1)".
        assertThat(run.err().strip()).isEqualTo("error: " + latin1 + ":3: not UTF-8 (byte 0xE9 in column 6); save the file as UTF-8 "
                + "(in Excel: CSV UTF-8)");
    }
}
