package io.shopdesk.chat.internal;

import io.shopdesk.chat.ShopperIdentity;

/**
 * A signed-in shopper's identity sent as headers ({@code X-ShopDesk-Customer}, {@code X-ShopDesk-Expires},
 * {@code X-ShopDesk-Signature}), for requests without a JSON body (a GET, a file upload). Stateless and thread-safe.
 */
final class IdentityHeaders {
    static final String CUSTOMER = "X-ShopDesk-Customer";
    static final String EXPIRES = "X-ShopDesk-Expires";
    static final String SIGNATURE = "X-ShopDesk-Signature";

    private IdentityHeaders() {
    }

    /** The identity the headers carry; null when none of them is sent (an anonymous shopper). */
    static ShopperIdentity of(String customer, String expires, String signature) {
        return customer == null && expires == null && signature == null ? null
                : new ShopperIdentity(number(customer), number(expires), signature);
    }

    /** A header's number; null (so the identity is reported incomplete) when it is missing or not a number. */
    private static Long number(String header) {
        try {
            return header == null ? null : Long.valueOf(header.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
