package io.shopdesk.chat.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopdesk.chat.ChatException;
import io.shopdesk.chat.ShopperIdentities;
import io.shopdesk.chat.ShopperIdentity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class IdentityVerifierTest {
    static final Clock NOW = Clock.fixed(Instant.ofEpochSecond(1_800_000_000L), ZoneOffset.UTC);
    final IdentityVerifier verifier = new IdentityVerifier("s3cret", Duration.ofHours(24), NOW);

    ShopperIdentity signed(long customer, long expires) {
        return ShopperIdentities.signedBy(verifier, customer, expires);
    }

    static void assertRefused(String code, Runnable verification) {
        assertThatThrownBy(verification::run).isInstanceOfSatisfying(ChatException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void aSignatureOfTheSharedSecretIsAccepted() {
        assertThat(verifier.verify(signed(42, 1_800_000_060L))).isEqualTo(42);
    }

    @Test
    void theSignatureIsHmacSha256OfIdColonExpiresInLowerCaseHex() {
        // printf '42:1800000060' | openssl dgst -sha256 -hmac s3cret
        assertThat(signed(42, 1_800_000_060L).signature())
                .isEqualTo("f74c7c48a23f022c0b049f530f058be398d345dd3ea2d337917b550acbe32b3d");
    }

    @Test
    void anotherCustomerOrExpiryUnderTheSameSignatureIsRefused() {
        ShopperIdentity real = signed(42, 1_800_000_060L);
        assertRefused("invalid_identity",
                () -> verifier.verify(new ShopperIdentity(43L, real.expires(), real.signature())));
        assertRefused("invalid_identity",
                () -> verifier.verify(new ShopperIdentity(42L, real.expires() + 3600, real.signature())));
    }

    @Test
    void anotherSecretsSignatureIsRefused() {
        IdentityVerifier otherShop = new IdentityVerifier("guess", Duration.ofHours(24), NOW);
        ShopperIdentity forged = ShopperIdentities.signedBy(otherShop, 42, 1_800_000_060L);
        assertRefused("invalid_identity", () -> verifier.verify(forged));
    }

    @Test
    void anExpiredIdentityIsRefusedEvenWhenSignedCorrectly() {
        assertRefused("identity_expired", () -> verifier.verify(signed(42, 1_800_000_000L)));
    }

    @Test
    void anIdentityLongerLivedThanTheMaximumIsRefused() {
        assertThat(verifier.verify(signed(42, 1_800_000_000L + 24 * 3600))).isEqualTo(42);
        assertRefused("invalid_identity", () -> verifier.verify(signed(42, 1_800_000_000L + 24 * 3600 + 1)));
    }

    @Test
    void missingFieldsAndNonHexSignaturesAreInvalid() {
        assertRefused("invalid_identity", () -> verifier.verify(new ShopperIdentity(42L, null, "ab")));
        assertRefused("invalid_identity", () -> verifier.verify(new ShopperIdentity(0L, 1_800_000_060L, "ab")));
        assertThatThrownBy(() -> verifier.verify(new ShopperIdentity(42L, 1_800_000_060L, "not hex")))
                .isInstanceOf(ChatException.class).hasMessageContaining("not hexadecimal");
    }

    @Test
    void withoutASecretNoIdentityIsTrustedAndTheShopperStaysAnonymous() {
        IdentityVerifier off = new IdentityVerifier(" ", Duration.ofHours(24), NOW);
        assertThat(off.verify(signed(42, 1_800_000_060L))).isNull();
    }
}
