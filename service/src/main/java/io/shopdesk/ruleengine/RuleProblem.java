package io.shopdesk.ruleengine;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** A compile error (or a failed check) in a rule file, located by file and line (0 when unknown). */
public record RuleProblem(String file, int line, String message) {

    /**
     * The same problem with its file named from the rules folder, {@code risk/payments.drl}: the name a risk officer
     * knows from the console and the repository, where the service's own path to its rules folder (absolute, often a
     * deployment or temporary folder) means nothing to them. A file outside {@code rulesDir} keeps its name.
     */
    public RuleProblem relativeTo(Path rulesDir) {
        try {
            Path path = Path.of(file).toAbsolutePath().normalize();
            Path dir = rulesDir.toAbsolutePath().normalize();
            if (!path.startsWith(dir) || path.equals(dir)) {
                return this;
            }
            return new RuleProblem(dir.relativize(path).toString().replace('\\', '/'), line, message);
        } catch (InvalidPathException e) {
            return this;
        }
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
