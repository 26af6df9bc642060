package io.shopdesk.recommendation;

import io.shopdesk.recommendation.internal.Baseline;
import io.shopdesk.recommendation.internal.UserRatings;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import tools.jackson.databind.json.JsonMapper;

/**
 * Trained recommenders on disk: {@code models.bin.gz} (the ratings with their ids, the item neighbour lists, the
 * factorisation) beside {@code manifest.json} (sizes, settings, the file's SHA-256, the date). The popularity
 * counts and the baseline are recomputed on load: they are cheap and deterministic. Loading checks the hash.
 * Thread-safe (stateless).
 */
public final class RecommenderModelStore {
    public static final String MODEL_FILE = "models.bin.gz";
    public static final String MANIFEST_FILE = "manifest.json";
    private static final int FORMAT = 1;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RecommenderModelStore() {
    }

    public static boolean exists(Path dir) {
        return dir != null && Files.isRegularFile(dir.resolve(MODEL_FILE)) && Files.isRegularFile(dir.resolve(MANIFEST_FILE));
    }

    public static void write(Path dir, TrainedRecommenders models, Map<String, Object> extra) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(MODEL_FILE);
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(file))))) {
                writeModels(out, models);
            }
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("format", FORMAT);
            manifest.put("ratings", models.ratings().size());
            manifest.put("users", models.ratings().userCount());
            manifest.put("items", models.ratings().itemCount());
            manifest.put("itemCf", new ItemCfTrainer().settingsMap());
            manifest.put("mf", new MatrixFactorizationTrainer().settings());
            manifest.put("sha256", sha256(file));
            manifest.put("createdAt", Instant.now().toString());
            manifest.putAll(extra);
            JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(MANIFEST_FILE).toFile(), manifest);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write models to " + dir, e);
        }
    }

    public static TrainedRecommenders read(Path dir) {
        Path file = dir.resolve(MODEL_FILE);
        try {
            Map<?, ?> manifest = JSON.readValue(dir.resolve(MANIFEST_FILE).toFile(), Map.class);
            if (!sha256(file).equals(manifest.get("sha256"))) {
                throw new IllegalStateException(file + " does not match the SHA-256 in " + dir.resolve(MANIFEST_FILE));
            }
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(Files.newInputStream(file))))) {
                return readModels(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read models from " + dir, e);
        }
    }

    private static void writeModels(DataOutputStream out, TrainedRecommenders models) throws IOException {
        out.writeInt(FORMAT);
        RatingData data = models.ratings();
        out.writeInt(data.size());
        for (int r = 0; r < data.size(); r++) {
            out.writeUTF(data.userId(data.user(r)));
            out.writeUTF(data.itemId(data.item(r)));
            out.writeFloat(data.value(r));
        }
        ItemCfModel cf = models.itemCf();
        out.writeInt(cf.k());
        out.writeInt(cf.itemCount());
        for (int i = 0; i < cf.itemCount(); i++) {
            int[] near = cf.neighbours(i);
            float[] sims = cf.similarities(i);
            out.writeInt(near.length);
            for (int n = 0; n < near.length; n++) {
                out.writeInt(near[n]);
                out.writeFloat(sims[n]);
            }
        }
        MatrixFactorizationModel mf = models.mf();
        out.writeInt(mf.factors());
        out.writeDouble(mf.mean());
        writeFloats(out, mf.userBias());
        writeFloats(out, mf.itemBias());
        writeFloats(out, mf.userFactors());
        writeFloats(out, mf.itemFactors());
    }

    private static TrainedRecommenders readModels(DataInputStream in) throws IOException {
        if (in.readInt() != FORMAT) {
            throw new IOException("unknown model format");
        }
        int size = in.readInt();
        List<RatingData.Rating> ratings = new ArrayList<>(size);
        for (int r = 0; r < size; r++) {
            ratings.add(new RatingData.Rating(in.readUTF(), in.readUTF(), in.readFloat()));
        }
        RatingData data = RatingData.of(ratings);
        int k = in.readInt();
        int items = in.readInt();
        int[][] neighbours = new int[items][];
        float[][] sims = new float[items][];
        for (int i = 0; i < items; i++) {
            int n = in.readInt();
            neighbours[i] = new int[n];
            sims[i] = new float[n];
            for (int x = 0; x < n; x++) {
                neighbours[i][x] = in.readInt();
                sims[i][x] = in.readFloat();
            }
        }
        ItemCfModel cf = new ItemCfModel(Baseline.fit(data, 10, 15, 10), UserRatings.byUser(data), neighbours, sims, k,
                data.min(), data.max());
        int factors = in.readInt();
        double mean = in.readDouble();
        MatrixFactorizationModel mf = new MatrixFactorizationModel(factors, mean, readFloats(in), readFloats(in),
                readFloats(in), readFloats(in), data.min(), data.max());
        return new TrainedRecommenders(data, PopularityModel.train(data), cf, mf);
    }

    private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
        out.writeInt(values.length);
        for (float v : values) {
            out.writeFloat(v);
        }
    }

    private static float[] readFloats(DataInputStream in) throws IOException {
        float[] values = new float[in.readInt()];
        for (int x = 0; x < values.length; x++) {
            values[x] = in.readFloat();
        }
        return values;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
