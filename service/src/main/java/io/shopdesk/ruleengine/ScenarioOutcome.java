package io.shopdesk.ruleengine;

/** One scenario's result, whatever the rule set: passed, or what differed ({@code message}). */
public interface ScenarioOutcome {
    String file();

    String name();

    boolean passed();

    String message();
}
