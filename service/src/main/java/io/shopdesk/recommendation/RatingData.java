package io.shopdesk.recommendation;

import io.shopdesk.model.DataFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Ratings of users for items, with users and items numbered densely (0..n-1) so models can use arrays. A subset
 * (a cross-validation fold) keeps the numbering of the whole set, so a model trained on one fold scores the ids of
 * another. Reads a CSV with a header {@code user,item,rating[,timestamp]} or the MovieLens {@code u.data} format
 * (tab-separated {@code user item rating timestamp}, no header). Immutable and thread-safe.
 */
public final class RatingData {
    private final String[] userIds;
    private final String[] itemIds;
    private final int[] users;
    private final int[] items;
    private final float[] values;

    private RatingData(String[] userIds, String[] itemIds, int[] users, int[] items, float[] values) {
        this.userIds = userIds;
        this.itemIds = itemIds;
        this.users = users;
        this.items = items;
        this.values = values;
    }

    /** One rating by external ids, for building a set in code. */
    public record Rating(String user, String item, double value) {
    }

    public static RatingData of(List<Rating> ratings) {
        Map<String, Integer> userIndex = new HashMap<>();
        Map<String, Integer> itemIndex = new HashMap<>();
        List<String> userNames = new ArrayList<>();
        List<String> itemNames = new ArrayList<>();
        int[] users = new int[ratings.size()];
        int[] items = new int[ratings.size()];
        float[] values = new float[ratings.size()];
        for (int r = 0; r < ratings.size(); r++) {
            Rating rating = ratings.get(r);
            users[r] = index(userIndex, userNames, rating.user());
            items[r] = index(itemIndex, itemNames, rating.item());
            values[r] = (float) rating.value();
        }
        return new RatingData(userNames.toArray(String[]::new), itemNames.toArray(String[]::new), users, items, values);
    }

    private static int index(Map<String, Integer> index, List<String> names, String id) {
        return index.computeIfAbsent(id, k -> {
            names.add(k);
            return names.size() - 1;
        });
    }

    /** Reads a ratings file; every problem is a {@link RatingDataException} naming the file and line. */
    public static RatingData read(Path file) {
        DataFile.absent(file).or(() -> DataFile.notUtf8(file)).ifPresent(problem -> {
            throw new RatingDataException(problem);
        });
        List<Rating> ratings = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            while (first != null && first.isBlank()) {
                first = in.readLine();
            }
            if (first == null) {
                throw new RatingDataException(file + ": empty file (expected a header user,item,rating[,timestamp])");
            }
            if (first.startsWith("\uFEFF")) {
                first = first.substring(1); // the byte order mark spreadsheet programs write before UTF-8 CSV
            }
            boolean tabs = first.contains("\t");
            int[] columns;
            int lineNo = 1;
            if (tabs) {
                columns = new int[] {0, 1, 2};
                ratings.add(parse(file, lineNo, first.split("\t", -1), columns));
            } else {
                columns = header(file, first);
            }
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                ratings.add(parse(file, lineNo, tabs ? line.split("\t", -1) : csvCells(file, lineNo, line), columns));
            }
        } catch (IOException e) {
            throw new RatingDataException(file + ": cannot read (" + e.getMessage() + ")");
        }
        if (ratings.isEmpty()) {
            throw new RatingDataException(file + ": no ratings after the header");
        }
        return of(ratings);
    }

    /**
     * The cells of one comma-separated line; a line with a double quote is read as RFC 4180 ("1","A","5" or a
     * quoted item name with a comma), the rest are split on commas, which is the same and much faster.
     */
    private static String[] csvCells(Path file, int lineNo, String line) {
        if (line.indexOf('"') < 0) {
            return line.split(",", -1);
        }
        try (tools.jackson.databind.MappingIterator<String[]> row = QUOTED.readValues(line)) {
            return row.hasNext() ? row.next() : new String[0];
        } catch (tools.jackson.core.JacksonException e) {
            throw new RatingDataException(file + ":" + lineNo + ": not valid CSV ("
                    + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
        }
    }

    private static final tools.jackson.databind.ObjectReader QUOTED = new tools.jackson.dataformat.csv.CsvMapper()
            .readerFor(String[].class).with(tools.jackson.dataformat.csv.CsvReadFeature.WRAP_AS_ARRAY);

    private static int[] header(Path file, String line) {
        List<String> names = Arrays.stream(csvCells(file, 1, line)).map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
        int[] columns = {names.indexOf("user"), names.indexOf("item"), names.indexOf("rating")};
        List<String> missing = new ArrayList<>();
        String[] wanted = {"user", "item", "rating"};
        for (int c = 0; c < 3; c++) {
            if (columns[c] < 0) {
                missing.add(wanted[c]);
            }
        }
        if (!missing.isEmpty()) {
            throw new RatingDataException(file + ": the header lacks column(s) " + String.join(", ", missing)
                    + " (expected user,item,rating[,timestamp]; found " + line.strip() + ")");
        }
        return columns;
    }

    private static Rating parse(Path file, int lineNo, String[] cells, int[] columns) {
        int needed = Math.max(columns[0], Math.max(columns[1], columns[2])) + 1;
        if (cells.length < needed) {
            throw new RatingDataException(file + ":" + lineNo + ": expected at least " + needed + " fields, found " + cells.length);
        }
        String user = cells[columns[0]].strip();
        String item = cells[columns[1]].strip();
        if (user.isEmpty() || item.isEmpty()) {
            throw new RatingDataException(file + ":" + lineNo + ": empty user or item");
        }
        try {
            double value = Double.parseDouble(cells[columns[2]].strip());
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return new Rating(user, item, value);
        } catch (NumberFormatException e) {
            throw new RatingDataException(file + ":" + lineNo + ": rating '" + cells[columns[2]].strip() + "' is not a number");
        }
    }

    /** The given rows, keeping this set's numbering of users and items. */
    public RatingData subset(int[] rows) {
        int[] u = new int[rows.length];
        int[] i = new int[rows.length];
        float[] v = new float[rows.length];
        for (int r = 0; r < rows.length; r++) {
            u[r] = users[rows[r]];
            i[r] = items[rows[r]];
            v[r] = values[rows[r]];
        }
        return new RatingData(userIds, itemIds, u, i, v);
    }

    public int size() {
        return users.length;
    }

    public int userCount() {
        return userIds.length;
    }

    public int itemCount() {
        return itemIds.length;
    }

    public int user(int row) {
        return users[row];
    }

    public int item(int row) {
        return items[row];
    }

    public float value(int row) {
        return values[row];
    }

    public String userId(int user) {
        return userIds[user];
    }

    public String itemId(int item) {
        return itemIds[item];
    }

    /** The mean of the ratings (0 for an empty set). */
    public double mean() {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        return values.length == 0 ? 0 : sum / values.length;
    }

    public double min() {
        double min = Double.POSITIVE_INFINITY;
        for (float v : values) {
            min = Math.min(min, v);
        }
        return min;
    }

    public double max() {
        double max = Double.NEGATIVE_INFINITY;
        for (float v : values) {
            max = Math.max(max, v);
        }
        return max;
    }

    /** The dense number of an item id, or -1. Linear; for tests and tools, not the hot path. */
    public int itemIndex(String id) {
        return Arrays.asList(itemIds).indexOf(id);
    }

    public int userIndex(String id) {
        return Arrays.asList(userIds).indexOf(id);
    }
}
