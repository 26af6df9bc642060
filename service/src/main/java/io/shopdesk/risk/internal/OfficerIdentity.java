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
 * SHA-256, whether configured as the key or as its hash). Whether each of the checkout's keys
 * ({@code shopdesk.risk.api-keys}) is also an officer's is worked out once, here: the check of every payment request
 * compares the key sent with those in constant time and hashes only a key that is none of them (a SHA-256 per request
 * was about a tenth of the key check's and the customer query's cost together in a JFR profile of the risk load,
 * docs/benchmarks.md). Immutable and thread-safe.
 */
@Component
class OfficerIdentity {
    private record Named(String name, byte[] keySha256) {
    }

    /** A checkout key ({@code api-keys}) and whether it is also an officer's. */
    private record CheckoutKey(byte[] key, boolean officer) {
    }

    private final List<Named> named;
    private final List<byte[]> unnamedKeys;
    private final List<CheckoutKey> checkoutKeys;

    OfficerIdentity(RiskSettings settings, RiskOfficerSettings officers) {
        this.named = officers.officers().stream()
                .map(o -> new Named(o.name().strip(), o.key() != null && !o.key().isBlank() ? sha256(o.key())
                        : HexFormat.of().parseHex(o.keySha256().strip().toLowerCase(Locale.ROOT))))
                .toList();
        this.unnamedKeys = settings.officerKeys().stream().map(k -> k.getBytes(StandardCharsets.UTF_8)).toList();
        this.checkoutKeys = settings.apiKeys().stream()
                .map(k -> new CheckoutKey(k.getBytes(StandardCharsets.UTF_8), officerByHash(k)))
                .toList();
    }

    /** Whether {@code key} is a risk officer's: named in {@code officers} or listed in {@code officer-keys}. */
    boolean isOfficer(String key) {
        if (key == null) {
            return false;
        }
        byte[] sent = key.getBytes(StandardCharsets.UTF_8);
        // A checkout key (every payment request sends one) was judged at start-up. Every entry is compared, so the
        // time taken does not tell which one matched.
        CheckoutKey checkout = null;
        for (CheckoutKey known : checkoutKeys) {
            if (MessageDigest.isEqual(known.key(), sent) && checkout == null) {
                checkout = known;
            }
        }
        return checkout != null ? checkout.officer() : officerByHash(key);
    }

    /** Whether {@code key} is named in {@code officers} (compared as its SHA-256) or listed in {@code officer-keys}. */
    private boolean officerByHash(String key) {
        byte[] sent = key.getBytes(StandardCharsets.UTF_8);
        return name(key).isPresent() || unnamedKeys.stream().anyMatch(k -> MessageDigest.isEqual(k, sent));
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
