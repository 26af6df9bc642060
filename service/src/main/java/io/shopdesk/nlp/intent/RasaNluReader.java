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

    private RasaNluReader() {
    }

    static IntentData read(Path file) {
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (JacksonException e) {
            throw new IntentDataException(file + ": not valid YAML (" + e.getOriginalMessage() + ")");
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new IntentDataException(file + ": the file is empty");
        }
        JsonNode nlu = root.get("nlu");
        if (nlu == null || !nlu.isArray()) {
            throw new IntentDataException(file + ": no 'nlu:' list; expected Rasa nlu.yml with intent examples");
        }
        List<IntentExample> examples = new ArrayList<>();
        Map<String, String> synonyms = new LinkedHashMap<>();
        Map<String, List<String>> regexes = new LinkedHashMap<>();
        Map<String, List<String>> lookups = new LinkedHashMap<>();
        int index = 0;
        for (JsonNode item : nlu) {
            index++;
            String where = file + ": nlu item " + index;
            List<String> lines = examples(item.get("examples"), where);
            if (item.hasNonNull("intent")) {
                String intent = item.get("intent").asString().strip();
                for (String line : lines) {
                    String text = stripEntities(line, synonyms).strip();
                    if (!text.isEmpty()) {
                        examples.add(new IntentExample(text, intent));
                    }
                }
            } else if (item.hasNonNull("synonym")) {
                String value = item.get("synonym").asString().strip();
                lines.forEach(form -> synonyms.put(form, value));
            } else if (item.hasNonNull("regex")) {
                String name = item.get("regex").asString().strip();
                for (String regex : lines) {
                    try {
                        Pattern.compile(regex);
                    } catch (java.util.regex.PatternSyntaxException e) {
                        throw new IntentDataException(where + " (regex " + name + "): bad pattern " + regex);
                    }
                }
                regexes.computeIfAbsent(name, k -> new ArrayList<>()).addAll(lines);
            } else if (item.hasNonNull("lookup")) {
                lookups.computeIfAbsent(item.get("lookup").asString().strip(), k -> new ArrayList<>()).addAll(lines);
            }
        }
        if (examples.isEmpty()) {
            throw new IntentDataException(file + ": no intent examples");
        }
        return new IntentData(examples, synonyms, regexes, lookups);
    }

    /** The {@code - } lines of an examples block (or the items of a YAML list, which Rasa also accepts). */
    private static List<String> examples(JsonNode node, String where) {
        if (node == null || node.isNull()) {
            throw new IntentDataException(where + " has no examples");
        }
        List<String> lines = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> lines.add(n.isObject() && n.has("text") ? n.get("text").asString() : n.asString()));
        } else {
            for (String line : node.asString().split("\\R")) {
                String trimmed = line.strip();
                if (trimmed.startsWith("- ") || trimmed.equals("-")) {
                    lines.add(trimmed.substring(1).strip());
                } else if (!trimmed.isEmpty()) {
                    throw new IntentDataException(where + ": example lines start with '- ', found: " + trimmed);
                }
            }
        }
        return lines.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
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
