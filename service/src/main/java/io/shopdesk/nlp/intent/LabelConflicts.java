package io.shopdesk.nlp.intent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Texts labelled with more than one intent across training files, each copy named with its file, line and intent:
 * no model can get both right, so everything that trains refuses such data ({@code nlu train}, {@code nlu eval},
 * {@code nlu cross-validate} and the service's release job), and says where to look. Before, the commands named the
 * labels only and the release job warned and released. Stateless and thread-safe.
 */
public final class LabelConflicts {
    /** How many conflicting texts the message quotes. */
    private static final int SHOWN = 5;

    private LabelConflicts() {
    }

    /** One example with where it is written; {@code line} 0 when it could not be found again in the file. */
    private record Located(IntentExample example, Path file, int line) {
        String where() {
            return example.intent() + " at " + file.getFileName() + (line > 0 ? ":" + line : "");
        }
    }

    /**
     * The refusal for {@code files} ({@code FILES: 1 text is labelled with more than one intent (ignoring case and
     * spaces): 'hello' (greet at a.csv:3, goodbye at b.csv:9); no model can get both right: …}), empty when no text
     * is under two intents. The files are read with {@link IntentDataReader}, so one that cannot be read is an
     * {@link IntentDataException}.
     */
    public static Optional<String> in(List<Path> files) {
        List<Located> all = new ArrayList<>();
        for (Path file : files) {
            List<IntentExample> examples = IntentDataReader.read(file);
            int[] lines = lines(file, examples);
            for (int i = 0; i < examples.size(); i++) {
                all.add(new Located(examples.get(i), file, lines[i]));
            }
        }
        Map<String, List<Located>> byText = new LinkedHashMap<>();
        all.forEach(l -> byText.computeIfAbsent(l.example().textKey(), k -> new ArrayList<>()).add(l));
        List<String> conflicts = new ArrayList<>();
        byText.values().forEach(copies -> {
            Set<String> labels = new TreeSet<>();
            copies.forEach(c -> labels.add(c.example().intent()));
            if (labels.size() > 1) {
                conflicts.add("'" + copies.getFirst().example().text() + "' (" + String.join(", ",
                        copies.stream().map(Located::where).toList()) + ")");
            }
        });
        if (conflicts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.join(", ", files.stream().map(Path::toString).toList()) + ": " + conflicts.size()
                + (conflicts.size() == 1 ? " text is" : " texts are")
                + " labelled with more than one intent (ignoring case and spaces): "
                + String.join(", ", conflicts.subList(0, Math.min(SHOWN, conflicts.size())))
                + (conflicts.size() > SHOWN ? ", …" : "")
                + "; no model can get both right: keep each under the one intent it means");
    }

    /**
     * The line each example starts on. The readers give examples in file order (CSV rows, Rasa example lines), so
     * each is looked for from the line after the previous one, as the first line whose text, without spaces and
     * punctuation, starts with the example's (a CSV row goes on with its intent, a Rasa line may carry entity markup).
     */
    static int[] lines(Path file, List<IntentExample> examples) {
        int[] found = new int[examples.size()];
        List<String> raw;
        try {
            raw = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            return found;
        }
        List<String> keys = raw.stream().map(line -> new IntentExample(line, "").textKey()).toList();
        int from = 0;
        for (int i = 0; i < examples.size(); i++) {
            String key = examples.get(i).textKey();
            for (int n = from; n < keys.size(); n++) {
                if (!keys.get(n).isEmpty() && keys.get(n).startsWith(key)) {
                    found[i] = n + 1;
                    from = n + 1;
                    break;
                }
            }
        }
        return found;
    }
}
