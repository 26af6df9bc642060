package io.shopdesk.nlp;

/**
 * Something the message names: an order id, an amount, a date, a phone number, a product, a person or place.
 * {@code start} and {@code end} are character offsets into the original message ({@code end} exclusive);
 * {@code value} is the normalised form (ISO date, decimal amount with currency, canonical order id, product sku).
 */
public record Entity(String type, String text, int start, int end, String value, String source) {

    public static final String ORDER_ID = "order_id";
    public static final String MONEY = "money";
    public static final String DATE = "date";
    public static final String PHONE = "phone";
    public static final String PHONE_LAST4 = "phone_last4";
    public static final String PRODUCT = "product";
    public static final String CATEGORY = "category";
    public static final String PERSON = "person";
    public static final String PLACE = "place";
    public static final String ORGANIZATION = "organization";
    /** A number of monthly instalments the shopper asks for; the value is the number of months. */
    public static final String INSTALMENTS = "instalments";

    public boolean overlaps(Entity other) {
        return start < other.end && other.start < end;
    }
}
