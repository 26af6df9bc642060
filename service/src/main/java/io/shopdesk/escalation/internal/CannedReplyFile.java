package io.shopdesk.escalation.internal;

import io.shopdesk.nlp.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads {@code canned-replies-<lang>.yml}, a YAML list of {@code shortcut}, {@code title}, {@code text}, as a support
 * lead writes it. Everything wrong is an IllegalArgumentException naming the file (and the line, or the entry): YAML
 * that does not parse, a missing field, a shortcut that is not lowercase letters, digits and hyphens or comes twice,
 * a placeholder that is none of {@link ReplyPlaceholders#NAMES} (a typo would reach the agent unfilled), and
 * languages whose shortcuts differ, since an agent's shortcut must work in a chat of either language. Stateless.
 */
final class CannedReplyFile {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Pattern SHORTCUT = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

    private record RawReply(String shortcut, String title, String text) {
    }

    private CannedReplyFile() {
    }

    static Path file(Path folder, Language language) {
        return folder.resolve("canned-replies-" + language.code() + ".yml");
    }

    /** Both languages' replies, checked to have the same shortcuts. */
    static Map<Language, List<CannedReply>> readAll(Path folder) {
        Map<Language, List<CannedReply>> all = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            all.put(language, read(file(folder, language)));
        }
        Set<String> zh = shortcuts(all.get(Language.ZH));
        Set<String> en = shortcuts(all.get(Language.EN));
        if (!zh.equals(en)) {
            Set<String> onlyZh = new LinkedHashSet<>(zh);
            onlyZh.removeAll(en);
            Set<String> onlyEn = new LinkedHashSet<>(en);
            onlyEn.removeAll(zh);
            throw new IllegalArgumentException(folder + ": the languages' shortcuts differ: only in zh " + onlyZh
                    + ", only in en " + onlyEn);
        }
        return all;
    }

    static List<CannedReply> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such canned-reply file");
        }
        List<RawReply> raw;
        try {
            String yaml = Files.readString(file);
            if (yaml.lines().map(String::strip).allMatch(l -> l.isEmpty() || l.startsWith("#"))) {
                throw new IllegalArgumentException(file + ": no replies");
            }
            raw = YAML.readValue(yaml, new TypeReference<List<RawReply>>() { });
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read: " + e.getMessage(), e);
        } catch (JacksonException e) {
            String line = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? "" : ":" + e.getLocation().getLineNr();
            throw new IllegalArgumentException(file + line + ": not valid canned-reply YAML: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""), e);
        }
        if (raw == null || raw.isEmpty()) {
            throw new IllegalArgumentException(file + ": no replies");
        }
        List<CannedReply> replies = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            RawReply r = raw.get(i);
            String where = file + ": reply " + (i + 1);
            if (r == null || r.shortcut() == null || !SHORTCUT.matcher(r.shortcut()).matches()) {
                throw new IllegalArgumentException(where + ": the shortcut must be 1 to 32 lowercase letters, digits or "
                        + "hyphens, got " + (r == null ? null : r.shortcut()));
            }
            where += " ('" + r.shortcut() + "')";
            if (!seen.add(r.shortcut())) {
                throw new IllegalArgumentException(where + " repeats the shortcut");
            }
            if (r.title() == null || r.title().isBlank() || r.text() == null || r.text().isBlank()) {
                throw new IllegalArgumentException(where + " needs a title and a text");
            }
            CannedReply reply = new CannedReply(r.shortcut(), r.title().strip(), r.text().strip());
            for (String name : reply.placeholders()) {
                if (!ReplyPlaceholders.NAMES.contains(name)) {
                    throw new IllegalArgumentException(where + ": unknown placeholder {" + name + "}; known: "
                            + ReplyPlaceholders.NAMES.stream().sorted().map(n -> "{" + n + "}").toList());
                }
            }
            replies.add(reply);
        }
        return List.copyOf(replies);
    }

    private static Set<String> shortcuts(List<CannedReply> replies) {
        Set<String> shortcuts = new java.util.TreeSet<>();
        replies.forEach(r -> shortcuts.add(r.shortcut()));
        return shortcuts;
    }
}
