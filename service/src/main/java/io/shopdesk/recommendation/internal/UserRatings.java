package io.shopdesk.recommendation.internal;

import io.shopdesk.recommendation.RatingData;
import java.util.Arrays;

/**
 * The ratings of a set grouped by user (or by item), each group sorted by the other id: compressed rows, so a
 * model can look up "did u rate j, and how" by binary search without boxing. Immutable and thread-safe.
 */
public final class UserRatings {
    private final int[] start;
    private final int[] keys;
    private final float[] values;

    private UserRatings(int[] start, int[] keys, float[] values) {
        this.start = start;
        this.keys = keys;
        this.values = values;
    }

    /** Rows per user, items sorted. */
    public static UserRatings byUser(RatingData data) {
        return group(data, true);
    }

    /** Rows per item, users sorted. */
    public static UserRatings byItem(RatingData data) {
        return group(data, false);
    }

    private static UserRatings group(RatingData data, boolean byUser) {
        int groups = byUser ? data.userCount() : data.itemCount();
        int[] start = new int[groups + 1];
        for (int r = 0; r < data.size(); r++) {
            start[(byUser ? data.user(r) : data.item(r)) + 1]++;
        }
        for (int g = 0; g < groups; g++) {
            start[g + 1] += start[g];
        }
        int[] fill = Arrays.copyOf(start, groups);
        long[] packed = new long[data.size()];
        for (int r = 0; r < data.size(); r++) {
            int g = byUser ? data.user(r) : data.item(r);
            int key = byUser ? data.item(r) : data.user(r);
            packed[fill[g]++] = ((long) key << 32) | (Float.floatToRawIntBits(data.value(r)) & 0xffffffffL);
        }
        int[] keys = new int[packed.length];
        float[] values = new float[packed.length];
        for (int g = 0; g < groups; g++) {
            Arrays.sort(packed, start[g], start[g + 1]);
        }
        for (int k = 0; k < packed.length; k++) {
            keys[k] = (int) (packed[k] >>> 32);
            values[k] = Float.intBitsToFloat((int) packed[k]);
        }
        return new UserRatings(start, keys, values);
    }

    public int groups() {
        return start.length - 1;
    }

    public int from(int group) {
        return start[group];
    }

    public int to(int group) {
        return start[group + 1];
    }

    public int key(int position) {
        return keys[position];
    }

    public float value(int position) {
        return values[position];
    }

    /** The position of {@code key} in {@code group}, or -1. */
    public int find(int group, int key) {
        int at = Arrays.binarySearch(keys, start[group], start[group + 1], key);
        return at < 0 ? -1 : at;
    }
}
