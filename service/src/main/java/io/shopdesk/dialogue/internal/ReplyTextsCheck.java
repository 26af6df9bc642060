package io.shopdesk.dialogue.internal;

import io.shopdesk.nlp.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with the reply texts of a folder ({@code replies/replies-<lang>.properties}) before they replace the
 * ones in service: a file that does not read, a placeholder that is not one ({@code {orderId} } written
 * {@code {orderId} or {order Id}}: it would reach the shopper as written), a text whose placeholders are not those of
 * the same key in the other language (one of them names a value the reply does not fill, or leaves one out), and a
 * key the texts in service have in both languages that the new files lack in one (a reply using it would show its
 * key to that language's shoppers). Each problem is one line, {@code file:line: reason}. A key removed from both
 * languages at once is a text retired on purpose and passes. A key only one language has is no problem (the reply
 * falls back to its base key's text, or says nothing, in the other), but {@code rules check} names it as a warning
 * ({@link #oneLanguageOnly}): until stop 31, 13 English-only texts gave Chinese shoppers a general sentence, or none,
 * and nobody saw it. Stateless; thread-safe.
 */
public final class ReplyTextsCheck {
    /** A placeholder as the reply composer fills it: {@code {name}}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");
    private static final Pattern BRACE = Pattern.compile("[{}]");

    private ReplyTextsCheck() {
    }

    /**
     * The problems of {@code folder}'s texts, read as {@code candidate} (null when they do not read), against
     * {@code live}, the texts in service (null at start or for {@code rules check}: no key can have been removed).
     */
    public static List<String> problems(Path folder, ReplyTemplates candidate, ReplyTemplates live) {
        List<String> problems = new ArrayList<>();
        Map<Language, Map<String, Integer>> lines = new TreeMap<>();
        for (Language language : Language.values()) {
            lines.put(language, keyLines(ReplyTemplates.file(folder, language)));
        }
        for (Language language : Language.values()) {
            Path file = ReplyTemplates.file(folder, language);
            for (String key : candidate.keys(language)) {
                String text = candidate.template(language, key);
                String broken = brokenPlaceholder(text);
                if (broken != null) {
                    problems.add(at(file, lines.get(language), key) + ": " + key + " has " + broken
                            + ", not a placeholder ({name}): the shopper would see it as written");
                }
            }
        }
        Path en = ReplyTemplates.file(folder, Language.EN);
        Path zh = ReplyTemplates.file(folder, Language.ZH);
        for (String key : candidate.keys(Language.EN)) {
            String chinese = candidate.template(Language.ZH, key);
            if (chinese == null) {
                continue;
            }
            Set<String> english = placeholders(candidate.template(Language.EN, key));
            Set<String> inChinese = placeholders(chinese);
            if (!english.equals(inChinese)) {
                problems.add(at(zh, lines.get(Language.ZH), key) + ": " + key + " fills " + shown(inChinese)
                        + ", but in " + at(en, lines.get(Language.EN), key) + " it fills " + shown(english)
                        + ": the same reply must name the same values in both languages");
            }
        }
        if (live != null) {
            for (String key : live.keys(Language.EN)) {
                if (live.template(Language.ZH, key) == null) {
                    continue;
                }
                boolean inEnglish = candidate.template(Language.EN, key) != null;
                boolean inChinese = candidate.template(Language.ZH, key) != null;
                if (inEnglish != inChinese) {
                    Path missing = inEnglish ? zh : en;
                    Path has = inEnglish ? en : zh;
                    problems.add(missing + ": " + key + " is missing, which " + at(has, lines.get(inEnglish
                            ? Language.EN : Language.ZH), key) + " and the texts in service have: a reply using it "
                            + "would show the key; remove it from both files to retire it");
                }
            }
        }
        return problems;
    }

    /**
     * The keys of {@code texts} that only one language has, one warning each as {@code file:line: reason}, saying what
     * the other language's shoppers get instead: the text of the key's base ({@code a.b} for {@code a.b.c}, the
     * wording for one case falling back to the general one) when that language has it, else nothing of it.
     */
    public static List<String> oneLanguageOnly(Path folder, ReplyTemplates texts) {
        List<String> warnings = new ArrayList<>();
        for (Language language : Language.values()) {
            Map<String, Integer> lines = keyLines(ReplyTemplates.file(folder, language));
            for (Language other : Language.values()) {
                if (other == language) {
                    continue;
                }
                Path otherFile = ReplyTemplates.file(folder, other);
                for (String key : texts.keys(language)) {
                    if (texts.template(other, key) != null) {
                        continue;
                    }
                    int dot = key.lastIndexOf('.');
                    String base = dot < 0 ? null : key.substring(0, dot);
                    String shoppers = other == Language.ZH ? "Chinese shoppers" : "English shoppers";
                    String instead = base != null && texts.template(other, base) != null
                            ? shoppers + " get " + base + "'s text instead"
                            : "a reply using it falls back to another text or leaves the sentence out for " + shoppers;
                    warnings.add(at(ReplyTemplates.file(folder, language), lines, key) + ": warning: " + key
                            + " has no text in " + otherFile.getFileName() + ": " + instead
                            + "; add one (or note why the fallback is meant)");
                }
            }
        }
        return warnings;
    }

    /** The first brace of {@code text} that is no {@code {name}} placeholder, quoted with what follows; null if none. */
    static String brokenPlaceholder(String text) {
        String rest = PLACEHOLDER.matcher(text).replaceAll("");
        Matcher brace = BRACE.matcher(rest);
        if (!brace.find()) {
            return null;
        }
        int end = Math.min(rest.length(), brace.start() + 15);
        return "\"" + rest.substring(brace.start(), end) + "\"";
    }

    static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static String shown(Set<String> names) {
        return names.isEmpty() ? "no value" : String.join(", ", names.stream().map(n -> "{" + n + "}").toList());
    }

    private static String at(Path file, Map<String, Integer> lines, String key) {
        Integer line = lines.get(key);
        return line == null ? file.toString() : file + ":" + line;
    }

    /** The line each key starts on (the last, for a key written twice, as {@link java.util.Properties} keeps it). */
    static Map<String, Integer> keyLines(Path file) {
        Map<String, Integer> lines = new TreeMap<>();
        List<String> all;
        try {
            all = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return lines;
        }
        boolean continued = false;
        for (int i = 0; i < all.size(); i++) {
            String line = all.get(i);
            String stripped = line.strip();
            boolean starts = !continued && !stripped.isEmpty() && stripped.charAt(0) != '#' && stripped.charAt(0) != '!';
            if (starts) {
                int end = 0;
                while (end < stripped.length() && "=: \t".indexOf(stripped.charAt(end)) < 0) {
                    end++;
                }
                lines.put(stripped.substring(0, end), i + 1);
            }
            continued = (starts || continued) && endsWithOddBackslashes(line);
        }
        return lines;
    }

    private static boolean endsWithOddBackslashes(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }
}
