package io.shopdesk.chat.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a file a shopper sends is, read from its first bytes (its magic number), never from the name or the type the
 * browser declared: a text file named {@code photo.jpg} is refused, and what is stored can only ever be served as one
 * of the types below, so a file can never come back as HTML. Accepted: JPEG, PNG, WebP (what phones and browsers
 * send) and PDF (a receipt, a delivery note). HEIC/HEIF, the iPhone's own format, is recognised only to be refused by
 * name: no browser but Safari displays it, so an agent could not see it (Safari's file picker already converts
 * photos to JPEG for {@code accept="image/*"}). Stateless and thread-safe.
 */
public final class AttachmentTypes {
    /** The types ShopDesk stores and serves, in the order clients list them. */
    public static final List<String> ACCEPTED = List.of("image/jpeg", "image/png", "image/webp", "application/pdf");

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final List<String> HEIF_BRANDS = List.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1",
            "msf1", "avif");

    private AttachmentTypes() {
    }

    /** The accepted type {@code content} starts like, or empty when it is none of them. */
    public static Optional<String> sniff(byte[] content) {
        if (startsWith(content, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, 0, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, 0, ascii("RIFF")) && startsWith(content, 8, ascii("WEBP"))) {
            return Optional.of("image/webp");
        }
        if (startsWith(content, 0, ascii("%PDF-"))) {
            return Optional.of("application/pdf");
        }
        return Optional.empty();
    }

    /**
     * What a refused file looks like, to tell the shopper: {@code image/heic} for an HEIC/HEIF/AVIF photo (an ISO
     * media file whose brand is one of those), else {@code unknown}.
     */
    public static String refusedKind(byte[] content) {
        if (startsWith(content, 4, ascii("ftyp")) && content.length >= 12) {
            String brand = new String(Arrays.copyOfRange(content, 8, 12), StandardCharsets.US_ASCII);
            if (HEIF_BRANDS.contains(brand)) {
                return "image/heic";
            }
        }
        return "unknown";
    }

    /** The usual file extension of an accepted type, for a file that came without a usable name. */
    public static String extension(String contentType) {
        return switch (contentType) {
            case "image/jpeg" -> "jpg";
            case "image/png" -> "png";
            case "image/webp" -> "webp";
            default -> "pdf";
        };
    }

    private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
        if (content.length < offset + prefix.length) {
            return false;
        }
        return Arrays.equals(content, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
