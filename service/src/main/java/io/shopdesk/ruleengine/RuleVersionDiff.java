package io.shopdesk.ruleengine;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changed in a rule set's files from one recorded version ({@code against}) to another ({@code version}): per
 * file that differs, whether it was added, removed or modified, and a unified diff ({@code ---}/{@code +++} headers,
 * {@code @@} hunks with {@value #CONTEXT} lines of context, {@code +} added and {@code -} removed lines), made with
 * java-diff-utils. A binary decision table ({@code .drl.xlsx}, kept Base64-encoded) gets no line diff, only that it
 * changed. Files of both versions are compared, rule files and the scenarios they were checked against alike. So a
 * risk officer sees what a version changed before trusting or rolling back to it. Immutable.
 *
 * @param against null when {@code version} is the first recorded one (every file is then "added")
 */
public record RuleVersionDiff(String version, Instant liveSince, String against,
                              Instant againstLiveSince, List<FileDiff> files) {
    /** Lines of unchanged context around each change, as {@code diff -u}. */
    public static final int CONTEXT = 3;

    public RuleVersionDiff {
        files = List.copyOf(files);
    }

    /**
     * One file that differs.
     *
     * @param change  {@code added}, {@code removed} or {@code modified}
     * @param lines   the unified diff, line by line (empty for a binary file)
     * @param added   lines added ({@code +}), not counting the {@code +++} header
     * @param removed lines removed ({@code -}), not counting the {@code ---} header
     */
    public record FileDiff(String file, String change, boolean binary, int added, int removed, List<String> lines) {
        public FileDiff {
            lines = List.copyOf(lines);
        }
    }

    /** The diff from {@code before} (null: nothing before, every file added) to {@code after}. */
    public static RuleVersionDiff between(RuleVersion before, RuleVersion after) {
        Map<String, String> old = before == null ? Map.of() : before.files();
        Map<String, String> now = after.files();
        TreeSet<String> names = new TreeSet<>(old.keySet());
        names.addAll(now.keySet());
        List<FileDiff> files = new ArrayList<>();
        for (String name : names) {
            String a = old.get(name);
            String b = now.get(name);
            if (!Objects.equals(a, b)) {
                files.add(file(name, a, b));
            }
        }
        return new RuleVersionDiff(after.version(), after.liveSince(), before == null ? null : before.version(),
                before == null ? null : before.liveSince(), files);
    }

    /**
     * The diff of one file from {@code before} to {@code after} (either null: absent), named {@code name}: what a
     * version's diff gives per file, for a file read elsewhere (a list's version, say).
     */
    public static FileDiff file(String name, String before, String after) {
        String change = before == null ? "added" : after == null ? "removed" : "modified";
        if (name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return new FileDiff(name, change, true, 0, 0, List.of());
        }
        List<String> a = before == null ? List.of() : before.lines().toList();
        List<String> b = after == null ? List.of() : after.lines().toList();
        Patch<String> patch = DiffUtils.diff(a, b);
        List<String> lines = UnifiedDiffUtils.generateUnifiedDiff(before == null ? "/dev/null" : "a/" + name,
                after == null ? "/dev/null" : "b/" + name, a, patch, CONTEXT).stream().map(RuleVersionDiff::gnuHunk)
                .toList();
        int added = 0;
        int removed = 0;
        // The first two lines are the ---/+++ headers; every later +/- line is a change.
        for (String line : lines.subList(Math.min(2, lines.size()), lines.size())) {
            added += line.startsWith("+") ? 1 : 0;
            removed += line.startsWith("-") ? 1 : 0;
        }
        return new FileDiff(name, change, false, added, removed, lines);
    }

    private static final Pattern HUNK = Pattern.compile("^@@ -(\\d+),(\\d+) \\+(\\d+),(\\d+) @@");

    /**
     * A hunk header as GNU diff and patch write it: an empty side starts at the line before ({@code -0,0} for a new
     * file), where java-diff-utils writes the line after ({@code -1,0}).
     */
    static String gnuHunk(String line) {
        Matcher m = HUNK.matcher(line);
        if (!m.find()) {
            return line;
        }
        int oldStart = Integer.parseInt(m.group(1));
        int oldCount = Integer.parseInt(m.group(2));
        int newStart = Integer.parseInt(m.group(3));
        int newCount = Integer.parseInt(m.group(4));
        return "@@ -" + (oldCount == 0 ? oldStart - 1 : oldStart) + "," + oldCount + " +"
                + (newCount == 0 ? newStart - 1 : newStart) + "," + newCount + " @@" + line.substring(m.end());
    }
}
