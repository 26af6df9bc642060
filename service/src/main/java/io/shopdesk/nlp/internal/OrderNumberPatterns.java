package io.shopdesk.nlp.internal;

import io.shopdesk.nlp.NlpSettings;
import io.shopdesk.model.DataFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The shop's own order numbers, besides ShopDesk's {@code SD12345678}: patterns a team declares as data in
 * {@code nlp-models/order-numbers.yml} (a shop moving to ShopDesk keeps its numbers, {@code PS-1234567}), so that the
 * entity stage finds them as order ids and the order look-up gets them, with no Java. Each pattern comes with an example
 * it must match; the file is checked when it is read and a mistake stops the start naming the file, line and what to
 * change (a pattern that does not compile, does not match its example, or would take the four phone digits shoppers
 * are asked for). No file, no patterns. A pattern is matched ignoring case, not inside a longer run of Latin letters
 * and digits (Chinese may follow it at once); the order id is the text matched, upper-cased when the example has no lower-case letter, as
 * shoppers type {@code ps-1234567}. Immutable and thread-safe.
 */
@Component
public final class OrderNumberPatterns {
    /** The file in {@code nlp-models/}. */
    public static final String FILE = "order-numbers.yml";
    /** What a team pattern must not match: the last four digits of a phone, which the bot asks shoppers for. */
    private static final String PHONE_DIGITS = "5678";

    private record Declared(Pattern pattern, boolean upperCase) {
    }

    private final List<Declared> patterns;

    @Autowired
    public OrderNumberPatterns(NlpSettings settings) {
        this(settings.modelsDir().resolve(FILE));
    }

    /** The patterns of {@code file}; none when it does not exist. {@link IllegalArgumentException} when it is wrong. */
    public OrderNumberPatterns(Path file) {
        this.patterns = Files.isRegularFile(file) ? read(file) : List.of();
    }

    private OrderNumberPatterns(List<Declared> patterns) {
        this.patterns = patterns;
    }

    /** No order numbers but ShopDesk's own. */
    public static OrderNumberPatterns none() {
        return new OrderNumberPatterns(List.<Declared>of());
    }

    /** Every declared order number in {@code text}: start, end and the order id, in the order found. */
    List<Match> find(String text) {
        List<Match> found = new ArrayList<>();
        for (Declared declared : patterns) {
            Matcher m = declared.pattern().matcher(text);
            while (m.find()) {
                String id = declared.upperCase() ? m.group().toUpperCase(Locale.ROOT) : m.group();
                found.add(new Match(m.start(), m.end(), id));
            }
        }
        return found;
    }

    /** How many patterns are declared. */
    public int size() {
        return patterns.size();
    }

    record Match(int start, int end, String orderId) {
    }

    private static List<Declared> read(Path file) {
        Node root = DataFile.yamlDocument(file);
        if (root == null) {
            return List.of();
        }
        Node list = root instanceof MappingNode top && top.getValue().size() == 1
                && top.getValue().getFirst().getKeyNode() instanceof ScalarNode key
                && key.getValue().equals("order-numbers") ? top.getValue().getFirst().getValueNode() : null;
        if (list instanceof ScalarNode empty && empty.getValue().isEmpty()) {
            return List.of();
        }
        if (!(list instanceof SequenceNode items)) {
            throw new IllegalArgumentException(at(file, list == null ? root : list) + "expected 'order-numbers:' and a "
                    + "list of '- pattern: …' with an 'example:' each, as in: order-numbers: [{pattern: 'PS-\\d{7}', "
                    + "example: PS-1234567}]");
        }
        List<Declared> declared = new ArrayList<>();
        int index = 0;
        for (Node item : items.getValue()) {
            index++;
            declared.add(declared(file, item, "order number " + index));
        }
        return List.copyOf(declared);
    }

    private static Declared declared(Path file, Node item, String which) {
        if (!(item instanceof MappingNode map)) {
            throw new IllegalArgumentException(at(file, item) + which + ": expected 'pattern:' and 'example:'");
        }
        String regex = null;
        String example = null;
        for (NodeTuple tuple : map.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
            String value = tuple.getValueNode() instanceof ScalarNode s ? s.getValue().strip() : null;
            switch (key) {
                case "pattern" -> regex = value;
                case "example" -> example = value;
                default -> throw new IllegalArgumentException(at(file, tuple.getKeyNode()) + which + ": unknown key '"
                        + key + "'; an order number has 'pattern' and 'example'");
            }
        }
        if (regex == null || regex.isEmpty()) {
            throw new IllegalArgumentException(at(file, item) + which + ": no 'pattern' (a regular expression such as "
                    + "'PS-\\d{7}')");
        }
        if (example == null || example.isEmpty()) {
            throw new IllegalArgumentException(at(file, item) + which + ": no 'example' (one of your order numbers, "
                    + "which the pattern must match)");
        }
        Pattern pattern;
        try {
            Pattern.compile(regex);
            // Not inside a longer run of Latin letters and digits; Chinese may follow at once (PS-1234567到哪了).
            pattern = Pattern.compile("(?<![A-Za-z0-9])(?:" + regex + ")(?![A-Za-z0-9])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(at(file, item) + which + ": pattern '" + regex + "' is not a regular "
                    + "expression (" + e.getDescription() + " near character " + e.getIndex() + ")");
        }
        if (!pattern.matcher(example).matches()) {
            throw new IllegalArgumentException(at(file, item) + which + ": pattern '" + regex + "' does not match its "
                    + "example '" + example + "' (as a whole)");
        }
        if (pattern.matcher("").matches()) {
            throw new IllegalArgumentException(at(file, item) + which + ": pattern '" + regex + "' matches an empty "
                    + "text, so it would find order numbers between any two spaces");
        }
        if (pattern.matcher(PHONE_DIGITS).find()) {
            throw new IllegalArgumentException(at(file, item) + which + ": pattern '" + regex + "' matches " + PHONE_DIGITS
                    + ", the last four phone digits the bot asks shoppers for; make it longer or give it its prefix");
        }
        return new Declared(pattern, example.equals(example.toUpperCase(Locale.ROOT)));
    }

    private static String at(Path file, Node node) {
        return file + ":" + (node.getStartMark().getLine() + 1) + ": ";
    }
}
