package io.shopdesk.chat.internal;

import io.shopdesk.chat.ChatException;
import io.shopdesk.chat.ShopperIdentity;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a {@link ShopperIdentity} against the secret shared with the shop: the HMAC-SHA256 must match (compared in
 * constant time) and the expiry must lie ahead, but not further than the configured maximum lifetime. Without a secret
 * the feature is off: an identity is then ignored (the shopper chats as an anonymous one, and a warning is logged
 * once), so a service set up without the secret trusts no claim and still serves every shopper. Thread-safe (a
 * {@link Mac} is made per call).
 */
public final class IdentityVerifier {
    private static final String ALGORITHM = "HmacSHA256";

    private static final Logger log = LoggerFactory.getLogger(IdentityVerifier.class);

    private final SecretKeySpec key;
    private final Duration maxLifetime;
    private final AtomicBoolean warned = new AtomicBoolean();
    private final Clock clock;

    /**
     * {@code secret} blank turns identities off; {@code maxLifetime} is how far ahead an identity's expiry may lie (a
     * signed identity is a bearer token that any script on the shop's page can read: it must not outlive the visit).
     */
    public IdentityVerifier(String secret, Duration maxLifetime, Clock clock) {
        this.key = secret == null || secret.isBlank() ? null
                : new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.maxLifetime = maxLifetime;
        this.clock = clock;
    }

    /**
     * The verified customer id, or null when identities are off.
     *
     * @throws ChatException {@code invalid_identity} or {@code identity_expired}
     */
    public Long verify(ShopperIdentity identity) {
        if (key == null) {
            if (warned.compareAndSet(false, true)) {
                log.warn("A shopper identity was sent but shopdesk.chat.identity-secret is not set: identities are "
                        + "ignored and shoppers chat anonymously");
            }
            return null;
        }
        if (identity.customerId() == null || identity.customerId() <= 0 || identity.expires() == null
                || identity.signature() == null) {
            throw new ChatException("invalid_identity",
                    "identity needs customerId (> 0), expires (epoch seconds) and signature", Map.of());
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(identity.signature());
        } catch (IllegalArgumentException e) {
            throw new ChatException("invalid_identity", "identity.signature is not hexadecimal", Map.of());
        }
        if (!MessageDigest.isEqual(sign(identity.signedText()), given)) {
            throw new ChatException("invalid_identity", "identity.signature does not match customerId and expires",
                    Map.of());
        }
        long now = clock.instant().getEpochSecond();
        if (identity.expires() <= now) {
            throw new ChatException("identity_expired", "The shopper identity expired; the shop must sign it anew",
                    Map.of());
        }
        if (identity.expires() > now + maxLifetime.toSeconds()) {
            throw new ChatException("invalid_identity", "identity.expires lies more than " + maxLifetime.toHours()
                    + " h ahead (shopdesk.chat.identity-max-lifetime); sign identities for a shorter time", Map.of());
        }
        return identity.customerId();
    }

    /**
     * HMAC-SHA256 of {@code text} under the secret: what the shop's server computes, here for tests and examples.
     *
     * @throws IllegalStateException when identities are off (no secret)
     */
    public byte[] sign(String text) {
        if (key == null) {
            throw new IllegalStateException("no identity secret is set");
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
