package io.shopdesk.recommendation;

/**
 * The turn as the recommendation rules see it (a fact; immutable): the intent, what the message mentions, the
 * dialogue's action this turn and, when it told an order's status, that status.
 *
 * @param category       a category the message names, or null
 * @param product        a product sku the message names, or null
 * @param dialogueAction what the dialogue rules decided this turn (kb_answer, order_status, fallback…)
 * @param orderStatus    the status of the order the dialogue just told, or null
 * @param words          how many words the message has (punctuation aside): "laptops?" is a request even when the
 *                       intent model calls it out of scope, "how do I install Linux on my old laptop" is not
 * @param refinesLast    the message refines the last products shown ("any cheaper ones?", "do you have them in
 *                       black?", "有白色的吗"); category and product stay what the message itself names
 */
public record RecoTurn(String intent, String language, String category, String product, String dialogueAction,
                       String orderStatus, int words, boolean refinesLast) {

    public String getIntent() {
        return intent;
    }

    public String getLanguage() {
        return language;
    }

    public String getCategory() {
        return category;
    }

    public String getProduct() {
        return product;
    }

    public String getDialogueAction() {
        return dialogueAction;
    }

    public String getOrderStatus() {
        return orderStatus;
    }

    public int getWords() {
        return words;
    }

    public boolean isRefinesLast() {
        return refinesLast;
    }

    public boolean isMentionsProduct() {
        return product != null;
    }

    public boolean isMentionsCategory() {
        return category != null;
    }
}
