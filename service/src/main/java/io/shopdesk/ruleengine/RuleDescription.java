package io.shopdesk.ruleengine;

import java.util.Set;

/**
 * One rule of a compiled rule set as a person reads about it: the name Drools gives it (what a fired-rules list
 * holds), a readable label, the file it comes from and the fact types its conditions need.
 *
 * <p>A DRL rule's label is its name. A decision table's row gets the name Drools makes up for it (its NAME cell, or
 * {@code FinancingScorecard_12} without one), which says neither that it is a row of a table nor what the row asks;
 * its label is the table's name, the row, and the row's DESCRIPTION cell, else its conditions with their column
 * labels: {@code FinancingScorecard row 12 (Employment: unemployed)}.
 *
 * @param tableRow     the spreadsheet row (1-based) of a decision table's rule; null for a DRL rule
 * @param neededTypes  the classes (fully qualified) of the facts the rule's conditions match: every pattern that must
 *                     find a fact for the rule to fire (not those under {@code not}, {@code forall}, or taken
 *                     {@code from} an expression or accumulated); in any branch of an {@code or}
 */
public record RuleDescription(String name, String label, String file, Integer tableRow, Set<String> neededTypes) {
}
