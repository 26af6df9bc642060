package io.shopdesk.chat.internal;

import java.text.Normalizer;

/**
 * The name an attachment is stored and shown under, made from the name the shopper's file had: only its last path
 * segment (a browser may send {@code C:\Users\…\photo.jpg}), without control, format (bidirectional overrides, which
 * can make {@code gpj.exe} read as {@code exe.jpg}) or path characters, at most 100 characters, and ending in the
 * extension of the type the bytes showed (a PNG named {@code photo.jpg} becomes {@code photo.jpg.png}), so a saved
 * download opens as what it is. Stateless and thread-safe.
 */
public final class AttachmentNames {
    private static final int MAX_LENGTH = 100;

    private AttachmentNames() {
    }

    /** The stored name for a file named {@code original} (null or blank: none) whose bytes are {@code contentType}. */
    public static String sanitise(String original, String contentType) {
        String extension = AttachmentTypes.extension(contentType);
        String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder();
        name.codePoints().forEach(c -> {
            int kind = Character.getType(c);
            boolean invisible = kind == Character.CONTROL || kind == Character.FORMAT || kind == Character.SURROGATE
                    || kind == Character.PRIVATE_USE || kind == Character.UNASSIGNED;
            if (!invisible) {
                kept.appendCodePoint("<>:\"|?*".indexOf(c) >= 0 ? '_' : c);
            }
        });
        String cleaned = kept.toString().strip().replaceAll("^\\.+", "").replaceAll("\\s+", " ");
        String lower = cleaned.toLowerCase(java.util.Locale.ROOT);
        boolean rightExtension = lower.endsWith("." + extension)
                || (extension.equals("jpg") && lower.endsWith(".jpeg"));
        String stem = rightExtension ? cleaned.substring(0, cleaned.lastIndexOf('.')) : cleaned;
        String suffix = rightExtension ? cleaned.substring(cleaned.lastIndexOf('.')) : "." + extension;
        if (stem.isBlank()) {
            stem = "attachment";
        }
        int room = MAX_LENGTH - suffix.length();
        if (stem.codePointCount(0, stem.length()) > room) {
            stem = stem.substring(0, stem.offsetByCodePoints(0, room)).strip();
        }
        return stem + suffix;
    }
}
