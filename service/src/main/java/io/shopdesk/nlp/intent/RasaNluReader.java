package io.shopdesk.nlp.intent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads Rasa's {@code nlu.yml} (format 3.x), so that data written for Rasa can train and test ShopDesk's model:
 * {@code intent:} items with an {@code examples: |} block of {@code - } lines, whose entity markup
 * ({@code [text](entity)}, {@code [text](entity:value)}, {@code [text]{"entity": ..., "value": ...}}) is reduced to its
 * text; {@code synonym:}, {@code regex:} and {@code lookup:} items, which are kept in the {@link IntentData}. Other
 * items (responses, stories) are not NLU data and are ignored. Errors name the file. Stateless and thread-safe.
 */
final class RasaNluReader {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** {@code [text](annotation)} or {@code [text]{json}}; the text itself may not contain brackets. */
    private static final Pattern ENTITY = Pattern.compile("\\[([^\\[\\]]+)\\](?:\\(([^)]*)\\)|(\\{[^}]*\\}))");

    /** SnakeYAML's refusal of a document over its code point limit (3 MB by default). */
    private static final Pattern SIZE_LIMIT = Pattern.compile("exceeds the limit: (\\d+) code points");

    private RasaNluReader() {
    }

    static IntentData read(Path file) {
        JsonNode nlu = nluList(file);
        List<IntentExample> examples = new ArrayList<>();
        Map<String, String> synonyms = new LinkedHashMap<>();
        Map<String, List<String>> regexes = new LinkedHashMap<>();
        Map<String, List<String>> lookups = new LinkedHashMap<>();
        List<Integer> lines = itemLines(file);
        List<String> raw = rawLines(file);
        int index = 0;
        for (JsonNode item : nlu) {
            index++;
            String where = file + (index <= lines.size() ? ":" + lines.get(index - 1) : "") + ": nlu item " + index;
            if (!item.isObject()) {
                throw new IntentDataException(where + " is " + kind(item) + "; expected a mapping such as 'intent: NAME'");
            }
            int itemLine = index <= lines.size() ? lines.get(index - 1) : 0;
            List<String> texts = examples(item.get("examples"), where,
                    new ExampleLines(file, raw, itemLine, "nlu item " + index));
            if (item.hasNonNull("intent")) {
                String intent = name(item, "intent", where);
                int before = examples.size();
                for (String line : texts) {
                    String text = stripEntities(line, synonyms).strip();
                    if (!text.isEmpty()) {
                        examples.add(new IntentExample(text, intent));
                    }
                }
                // An empty 'examples: |' block (its lines lost to a bad indent, say) would drop the intent unseen.
                if (examples.size() == before) {
                    throw new IntentDataException(where + " (intent " + intent + ") has no examples");
                }
            } else if (item.hasNonNull("synonym")) {
                String value = name(item, "synonym", where);
                texts.forEach(form -> synonyms.put(form, value));
            } else if (item.hasNonNull("regex")) {
                String name = name(item, "regex", where);
                for (String regex : texts) {
                    try {
                        Pattern.compile(regex);
                    } catch (java.util.regex.PatternSyntaxException e) {
                        throw new IntentDataException(where + " (regex " + name + "): bad pattern " + regex);
                    }
                }
                regexes.computeIfAbsent(name, k -> new ArrayList<>()).addAll(texts);
            } else if (item.hasNonNull("lookup")) {
                lookups.computeIfAbsent(name(item, "lookup", where), k -> new ArrayList<>()).addAll(texts);
            }
        }
        if (examples.isEmpty()) {
            throw new IntentDataException(file + ": no intent examples");
        }
        return new IntentData(examples, synonyms, regexes, lookups);
    }

    /**
     * The file's top-level {@code nlu:} list.
     *
     * @throws IntentDataException naming the file (and line) when it is not YAML, too large to read at once, empty, or
     *                             has no {@code nlu:} list
     */
    private static JsonNode nluList(Path file) {
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (JacksonException e) {
            String message = oneLine(e.getOriginalMessage());
            Matcher limit = SIZE_LIMIT.matcher(message);
            if (limit.find()) {
                // Valid YAML, only longer than the YAML reader reads at once: "not valid YAML" sent a team looking for
                // a mistake on the line where the reader gave up.
                throw new IntentDataException(String.format(java.util.Locale.ROOT, "%s: too large to read as one YAML "
                        + "file (%,d bytes; the reader stops after %,d characters); split its intents over several "
                        + ".yml files (--data takes several, and nlp-models/intents/ reads them all)", file,
                        file.toFile().length(), Long.parseLong(limit.group(1))));
            }
            throw new IntentDataException(file + (e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr())
                    + ": not valid YAML (" + message + ")");
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new IntentDataException(file + ": the file is empty");
        }
        JsonNode nlu = root.get("nlu");
        if (nlu == null || !nlu.isArray()) {
            throw new IntentDataException(file + ": no 'nlu:' list; expected Rasa nlu.yml with intent examples");
        }
        return nlu;
    }

    /**
     * The line on which each item of the top-level {@code nlu:} list starts, in order, so that an error names it as
     * {@code FILE:LINE} (the tree the items are read from keeps no lines). Read with the YAML parser itself, so
     * comments, blank lines and flow style count as they do for the tree; empty when the file has no such list.
     */
    private static List<Integer> itemLines(Path file) {
        List<Integer> lines = new ArrayList<>();
        try (JsonParser parser = YAML.createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return lines;
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                if (key.equals("nlu") && value == JsonToken.START_ARRAY) {
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        lines.add(parser.currentTokenLocation().getLineNr());
                        parser.skipChildren();
                    }
                    return lines;
                }
                parser.skipChildren();
            }
        } catch (JacksonException e) {
            // The tree was read, so this is not expected; an error then names the item without its line.
        }
        return lines;
    }

    /**
     * Where an example of an item is, for an error about that example: the example's own line, found in the file's
     * text from the item's line on (the tree keeps no lines), with the item named; the item's line when it is not
     * found. Before, such an error named the item's {@code - intent:} line, however far down its example was.
     */
    private record ExampleLines(Path file, List<String> raw, int itemLine, String item) {
        /** The block line whose text is {@code trimmed}. */
        String ofBlockLine(String trimmed) {
            for (int i = Math.max(itemLine, 1); i <= raw.size(); i++) {
                if (raw.get(i - 1).strip().equals(trimmed)) {
                    return file + ":" + i + ": " + item + " (line " + itemLine + ")";
                }
            }
            return file + (itemLine > 0 ? ":" + itemLine : "") + ": " + item;
        }

        /** The {@code n}th list entry ({@code - …}) after the item's {@code examples:} key. */
        String ofListEntry(int n) {
            int seen = 0;
            boolean inExamples = false;
            for (int i = Math.max(itemLine, 1); i <= raw.size(); i++) {
                String line = raw.get(i - 1).strip();
                if (!inExamples) {
                    inExamples = line.startsWith("examples:") || line.startsWith("- examples:");
                    continue;
                }
                if (line.startsWith("- ") || line.equals("-")) {
                    if (++seen == n) {
                        return file + ":" + i + ": " + item + " (line " + itemLine + "), example " + n;
                    }
                }
            }
            return file + (itemLine > 0 ? ":" + itemLine : "") + ": " + item + ", example " + n;
        }
    }

    private static List<String> rawLines(Path file) {
        try {
            return java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return List.of();
        }
    }

    /** The {@code - } lines of an examples block (or the items of a YAML list, which Rasa also accepts). */
    private static List<String> examples(JsonNode node, String where, ExampleLines at) {
        if (node == null || node.isNull()) {
            throw new IntentDataException(where + " has no examples");
        }
        List<String> lines = new ArrayList<>();
        if (node.isArray()) {
            int n = 0;
            for (JsonNode example : node) {
                n++;
                lines.add(listExample(example, at.ofListEntry(n)));
            }
        } else if (node.isValueNode()) {
            for (String line : node.asString().split("\\R")) {
                String trimmed = line.strip();
                if (trimmed.startsWith("- ") || trimmed.equals("-")) {
                    lines.add(trimmed.substring(1).strip());
                } else if (!trimmed.isEmpty()) {
                    throw new IntentDataException(at.ofBlockLine(trimmed) + ": example lines start with '- ', found: "
                            + trimmed);
                }
            }
        } else {
            throw new IntentDataException(where + ": 'examples' is " + kind(node)
                    + "; expected a block of '- ' lines ('examples: |') or a list");
        }
        return lines.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** One item of an examples list: a text, or a mapping with a {@code text}; an empty item is an empty text. */
    private static String listExample(JsonNode example, String where) {
        if (example.isNull()) {
            return "";
        }
        if (example.isValueNode()) {
            return example.asString();
        }
        if (example.isObject() && example.has("text") && example.get("text").isValueNode()) {
            return example.get("text").isNull() ? "" : example.get("text").asString();
        }
        throw new IntentDataException(where + " is " + kind(example) + "; expected a text or a mapping with 'text: ...'");
    }

    /** The item's name under {@code key} ({@code intent: greet}), which must be a single value, not a list or mapping. */
    private static String name(JsonNode item, String key, String where) {
        JsonNode value = item.get(key);
        if (!value.isValueNode()) {
            throw new IntentDataException(where + ": '" + key + "' is " + kind(value) + "; expected one name");
        }
        return value.asString().strip();
    }

    /**
     * The YAML parser's message on one line: its sentences ("while parsing a flow sequence", "expected ',' or ']'"),
     * without the indented excerpts and "in reader, line 5" marks, since the error's line is given separately.
     */
    private static String oneLine(String message) {
        return String.join("; ", message.lines().filter(l -> !l.isBlank() && !l.startsWith(" ")).toList());
    }

    private static String kind(JsonNode node) {
        return node.isArray() ? "a list" : node.isObject() ? "a mapping" : node.isNull() ? "empty" : "'" + node.asString() + "'";
    }

    /** The example's text without entity markup; an annotated value is recorded as a synonym of its text. */
    static String stripEntities(String line, Map<String, String> synonyms) {
        Matcher m = ENTITY.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String text = m.group(1);
            String value = null;
            if (m.group(2) != null && m.group(2).contains(":")) {
                value = m.group(2).substring(m.group(2).indexOf(':') + 1).strip();
            } else if (m.group(3) != null) {
                try {
                    JsonNode annotation = JSON.readTree(m.group(3));
                    value = annotation.hasNonNull("value") ? annotation.get("value").asString() : null;
                } catch (JacksonException e) {
                    value = null;
                }
            }
            if (value != null && !value.isEmpty() && !value.equals(text)) {
                synonyms.putIfAbsent(text, value);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }
}
