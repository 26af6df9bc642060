package io.shopdesk.recommendation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone and device model words ({@code knowledge-base/products/device-words.csv}: iphone, galaxy, airpods, 苹果, 华为)
 * read as what a product should fit, not as the product: "do you have iphone cases?" asks for phone cases, "airpods
 * case" for an earbuds case, 苹果壳 for a 手机壳 (before, "iphone cases" got "Sorry, I didn't quite get that" and then a
 * person). The reply says where the fit is stated ({@code DeviceNote}). Immutable and thread-safe.
 */
public final class DeviceWords {
    /** No words: no message names a device. */
    public static final DeviceWords NONE = new DeviceWords(List.of());

    /** Model words after the device word that say which model, not what is asked for: "iphone 15 pro max case". */
    private static final Pattern MODEL = Pattern.compile(
            "^(?:[\\s,]*(?:\\d{1,3}[a-z]?|pro|max|plus|mini|ultra|se|lite|air|note|fold|flip|series|[a-z]\\d{1,3}[a-z]?"
                    + "|phone|phones)(?![a-z])|[\\s,]*(?:手机|的|用的|专用|适用))*");
    /** Where the thing asked for ends in Chinese. */
    private static final Pattern ZH_END = Pattern.compile("[吗呢吧嘛么？?，,。！!有卖还]");

    private record Word(String term, String kind, String name) {
    }

    private final List<Word> words;

    private DeviceWords(List<Word> words) {
        this.words = words.stream().sorted(Comparator.comparingInt((Word w) -> w.term().length()).reversed()).toList();
    }

    /**
     * Reads the file (a header, then {@code term,kind,name}; {@code #} lines are comments); none when it is missing.
     *
     * @throws IllegalArgumentException naming the file and line of a row without three columns
     */
    public static DeviceWords read(Path file) {
        if (!Files.exists(file)) {
            return NONE;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<Word> words = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != 3 || cells[0].isBlank() || cells[1].isBlank() || cells[2].isBlank()) {
                    throw new IllegalArgumentException(file + " line " + (i + 1) + ": needs term,kind,name, not '" + line + "'");
                }
                words.add(new Word(cells[0].strip().toLowerCase(Locale.ROOT), cells[1].strip(), cells[2].strip()));
            }
            return new DeviceWords(words);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the device words " + file, e);
        }
    }

    /**
     * The device a message names and what it asks for with it: the words after the device word (and its model words)
     * with the kind of device in its place, then without it ("iphone case" → "phone case", then "case"; 苹果耳机 →
     * 手机耳机, then 耳机), for the caller to find among the products. Empty when no device word is followed by a thing.
     */
    public Optional<DeviceMention> in(String text) {
        String lower = ShownCardQuestion.normalise(text);
        for (Word word : words) {
            int at = WordInMessage.find(lower, word.term());
            if (at < 0) {
                continue;
            }
            String rest = withoutModel(lower.substring(at + word.term().length()));
            List<String> phrases = phrases(word.kind(), rest.strip());
            if (!phrases.isEmpty()) {
                return Optional.of(new DeviceMention(word.name(), word.kind(), phrases));
            }
        }
        return Optional.empty();
    }

    /** The words after a device word without its model and any other device word ("samsung galaxy s24 case": "case"). */
    private String withoutModel(String after) {
        String rest = after;
        for (int i = 0; i < 3; i++) {
            Matcher model = MODEL.matcher(rest);
            rest = (model.lookingAt() ? rest.substring(model.end()) : rest).strip();
            String now = rest;
            Optional<Word> another = words.stream().filter(w -> now.startsWith(w.term())
                    && (now.length() == w.term().length() || !Character.isLetter(now.charAt(w.term().length()))
                    || Character.isIdeographic(now.charAt(w.term().length())))).findFirst();
            if (another.isEmpty()) {
                break;
            }
            rest = rest.substring(another.get().term().length());
        }
        return rest;
    }

    private static List<String> phrases(String kind, String rest) {
        LinkedHashSet<String> phrases = new LinkedHashSet<>();
        if (kind.codePoints().anyMatch(Character::isIdeographic) || rest.codePoints().findFirst().stream()
                .anyMatch(Character::isIdeographic)) {
            Matcher end = ZH_END.matcher(rest);
            String thing = (end.find() ? rest.substring(0, end.start()) : rest).strip();
            if (!thing.isEmpty() && thing.codePoints().allMatch(Character::isIdeographic)) {
                phrases.add((kind.codePoints().allMatch(Character::isIdeographic) ? kind : "") + thing);
                phrases.add(thing);
            }
            return List.copyOf(phrases);
        }
        String[] next = rest.split("[^a-z-]+", -1);
        if (next.length == 0 || next[0].isEmpty()) {
            return List.of();
        }
        if (next.length > 1 && !next[1].isEmpty()) {
            phrases.add(kind + " " + next[0] + " " + next[1]);
        }
        phrases.add(kind + " " + next[0]);
        if (next.length > 1 && !next[1].isEmpty()) {
            phrases.add(next[0] + " " + next[1]);
        }
        phrases.add(next[0]);
        return List.copyOf(phrases);
    }

    /**
     * A device named and what is asked for with it.
     *
     * @param device  the device as a reply names it ("iPhone", 苹果)
     * @param kind    the kind of device ("phone", 手机)
     * @param phrases what the shopper asks for, the likeliest first ("phone case", "case")
     */
    public record DeviceMention(String device, String kind, List<String> phrases) {
        public DeviceMention {
            phrases = List.copyOf(phrases);
        }
    }
}
