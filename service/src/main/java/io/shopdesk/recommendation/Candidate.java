package io.shopdesk.recommendation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A product a model proposes, as a rule fact: the rules may reject it (out of stock) or offer it with instalments,
 * and note why. Mutable by the rules of one decision; not thread-safe.
 */
public final class Candidate {
    private final String sku;
    private final BigDecimal price;
    private final int stock;
    private final boolean instalmentsEligible;
    private final String model;
    private final double score;
    private final String audience;
    private String rejectedBy;
    private boolean instalmentsOffered;
    private final List<String> notes = new ArrayList<>();

    public Candidate(String sku, BigDecimal price, int stock, boolean instalmentsEligible, String model, double score) {
        this(sku, price, stock, instalmentsEligible, model, score, null);
    }

    /** @param audience whom the product is for ({@link Product#audience()}: women, men, kids, baby), null for anyone */
    public Candidate(String sku, BigDecimal price, int stock, boolean instalmentsEligible, String model, double score,
                     String audience) {
        this.sku = sku;
        this.price = price;
        this.stock = stock;
        this.instalmentsEligible = instalmentsEligible;
        this.model = model;
        this.score = score;
        this.audience = audience;
    }

    public String getAudience() {
        return audience;
    }

    public String getSku() {
        return sku;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public int getStock() {
        return stock;
    }

    public boolean isInstalmentsEligible() {
        return instalmentsEligible;
    }

    /** The model that proposed it: item-cf, mf or popularity. */
    public String getModel() {
        return model;
    }

    public double getScore() {
        return score;
    }

    public boolean isRejected() {
        return rejectedBy != null;
    }

    public String getRejectedBy() {
        return rejectedBy;
    }

    public void reject(String rule) {
        this.rejectedBy = rule;
    }

    public boolean isInstalmentsOffered() {
        return instalmentsOffered;
    }

    public void offerInstalments(String rule) {
        this.instalmentsOffered = true;
        notes.add(rule);
    }

    public void note(String rule) {
        notes.add(rule);
    }

    /** Rules that acted on this candidate, in firing order. */
    public List<String> getNotes() {
        return List.copyOf(notes);
    }
}
