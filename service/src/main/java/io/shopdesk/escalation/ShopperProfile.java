package io.shopdesk.escalation;

/** The identified customer of the conversation (a fact; absent while the shopper is anonymous). Immutable. */
public record ShopperProfile(long customerId, String tier) {

    public long getCustomerId() {
        return customerId;
    }

    public String getTier() {
        return tier;
    }

    public boolean isVip() {
        return "vip".equals(tier);
    }
}
