package io.shopdesk.recommendation;

/**
 * What a message says is wrong with a product the shopper already has, by the words of
 * {@code knowledge-base/products/problem-words.csv}: nothing, the size or fit ("the jacket doesn't fit", 尺码不对), or a
 * fault (broken, damaged, not working, torn, the wrong item or parts missing: 坏了, 有破洞, 少了零件). The recommendation
 * rules show no cards for either; the dialogue takes a fault as a report of a faulty item, to be answered for the order
 * it came in.
 */
public enum ProductProblem {
    NONE, FIT, FAULT;

    /** Whether something is wrong at all (a fit or a fault). */
    public boolean stated() {
        return this != NONE;
    }
}
