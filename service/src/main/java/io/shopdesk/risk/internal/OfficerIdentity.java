package io.shopdesk.risk.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Who a risk officer is, as the service knows them: by the key they send ({@code X-Api-Key}, one of
 * {@code shopdesk.risk.officer-keys}), the only identity the risk console has. Recorded with what they propose and
 * publish as {@code officer:} and the first 8 hex digits of the key's SHA-256: each officer given their own key is
 * told apart, and the record never holds a key that could be replayed. Stateless and thread-safe.
 */
final class OfficerIdentity {
    private OfficerIdentity() {
    }

    /** The identity of the holder of {@code key}. */
    static String of(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "officer:" + HexFormat.of().formatHex(hash).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
