package io.shopdesk.risk;

/** Why a decision scored as it did: a stable code, the rule that added it, bilingual text, and its weight. */
public record RiskReason(String code, String rule, String messageEn, String messageZh, int weight) {
}
