package io.shopdesk.risk.internal;

import io.shopdesk.risk.RiskSettings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who a risk officer is, as the service knows them: by the key they send ({@code X-Api-Key}), the only identity the
 * risk console has. An officer named in {@code shopdesk.risk.officers} is recorded by their name with what they
 * propose, publish and roll back; the holder of an unnamed key of {@code shopdesk.risk.officer-keys} as
 * {@code officer:} and the first 8 hex digits of the key's SHA-256, so each officer given their own key is told
 * apart and the record never holds a key that could be replayed. Keys are compared in constant time (as their
 * SHA-256, whether configured as the key or as its hash). Immutable and thread-safe.
 */
@Component
class OfficerIdentity {
    private record Named(String name, byte[] keySha256) {
    }

    private final List<Named> named;
    private final List<String> unnamedKeys;

    OfficerIdentity(RiskSettings settings, RiskOfficerSettings officers) {
        this.named = officers.officers().stream()
                .map(o -> new Named(o.name().strip(), o.key() != null && !o.key().isBlank() ? sha256(o.key())
                        : HexFormat.of().parseHex(o.keySha256().strip().toLowerCase(Locale.ROOT))))
                .toList();
        this.unnamedKeys = List.copyOf(settings.officerKeys());
    }

    /** Whether {@code key} is a risk officer's: named in {@code officers} or listed in {@code officer-keys}. */
    boolean isOfficer(String key) {
        return key != null && (name(key).isPresent() || unnamedKeys.stream().anyMatch(k -> MessageDigest.isEqual(
                k.getBytes(StandardCharsets.UTF_8), key.getBytes(StandardCharsets.UTF_8))));
    }

    /** The identity recorded for the holder of {@code key}: their name, else {@code officer:} and a hash. */
    String of(String key) {
        return name(key).orElseGet(() -> hashed(key));
    }

    /** The name configured for {@code key}, if any. */
    Optional<String> name(String key) {
        if (key == null) {
            return Optional.empty();
        }
        byte[] hash = sha256(key);
        // Every entry is compared, so the time taken does not tell which one matched.
        String found = null;
        for (Named officer : named) {
            if (MessageDigest.isEqual(officer.keySha256(), hash) && found == null) {
                found = officer.name();
            }
        }
        return Optional.ofNullable(found);
    }

    /** {@code officer:} and the first 8 hex digits of the key's SHA-256: an unnamed key's identity. */
    static String hashed(String key) {
        return "officer:" + HexFormat.of().formatHex(sha256(key)).substring(0, 8);
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
