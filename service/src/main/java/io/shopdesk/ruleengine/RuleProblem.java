package io.shopdesk.ruleengine;

/** A compile error (or a failed check) in a rule file, located by file and line (0 when unknown). */
public record RuleProblem(String file, int line, String message) {
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
