package io.shopdesk.chat;

import io.shopdesk.ShopDeskTest;
import io.shopdesk.chat.internal.IdentityVerifier;
import java.time.Clock;
import java.util.HexFormat;

/** Identities signed as the shop of {@link ShopDeskTest} would sign them (its secret). */
public final class ShopperIdentities {
    private static final IdentityVerifier SHOP = new IdentityVerifier(ShopDeskTest.IDENTITY_SECRET,
            java.time.Duration.ofDays(1), Clock.systemUTC());

    private ShopperIdentities() {
    }

    /** {@code customerId} signed in for the next hour. */
    public static ShopperIdentity signed(long customerId) {
        return signed(customerId, Clock.systemUTC().instant().getEpochSecond() + 3600);
    }

    public static ShopperIdentity signed(long customerId, long expires) {
        return signedBy(SHOP, customerId, expires);
    }

    /** {@code customerId} signed under {@code shop}'s secret. */
    public static ShopperIdentity signedBy(IdentityVerifier shop, long customerId, long expires) {
        String text = new ShopperIdentity(customerId, expires, null).signedText();
        return new ShopperIdentity(customerId, expires, HexFormat.of().formatHex(shop.sign(text)));
    }
}
