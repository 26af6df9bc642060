package io.shopdesk.chat;

/**
 * A logged-in shopper as the shop vouches for them: the shop's server signs {@code customerId + ":" + expires} with
 * HMAC-SHA256 under the secret it shares with ShopDesk ({@code shopdesk.chat.identity-secret}) and puts the three
 * fields on the page that embeds the widget, so a shopper cannot claim another customer (the idea of Intercom's and
 * Zendesk's identity verification). The browser never sees the secret.
 *
 * @param customerId the shop's customer id
 * @param expires    when the signature stops being accepted, in seconds since the epoch
 * @param signature  lower-case hex HMAC-SHA256 of {@code customerId + ":" + expires}
 */
public record ShopperIdentity(Long customerId, Long expires, String signature) {
    /** The text the shop signs. */
    public String signedText() {
        return customerId + ":" + expires;
    }
}
