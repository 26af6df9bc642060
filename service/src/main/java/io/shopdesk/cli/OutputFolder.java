package io.shopdesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The folder a command writes its result to ({@code --out}, {@code --report}), checked before the minutes of work
 * that lead to it rather than after: it must be a folder, or not exist yet below a folder that can be written to. Not
 * created here, so a run that stops on bad input leaves nothing behind. Stateless and thread-safe.
 */
final class OutputFolder {

    private OutputFolder() {
    }

    /**
     * What stops a command from writing into {@code dir}, as {@code "--out DIR: …"}; empty when nothing does.
     *
     * @param option   the option that named the folder, for the message
     * @param fileName the file the command writes in it ({@code index.html}), which must not be a folder
     */
    static Optional<String> problem(String option, Path dir, String fileName) {
        Path existing = dir.toAbsolutePath().normalize();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        String name = option + " " + dir;
        if (existing == null) {
            return Optional.of(name + ": no such folder");
        }
        if (!Files.isDirectory(existing)) {
            return Optional.of(name + ": " + (existing.equals(dir.toAbsolutePath().normalize()) ? "is a file"
                    : existing + " is a file") + "; give a folder");
        }
        if (!Files.isWritable(existing)) {
            return Optional.of(name + ": " + existing + " is not writable");
        }
        if (Files.isDirectory(dir.resolve(fileName))) {
            return Optional.of(name + ": " + dir.resolve(fileName) + " is a folder, so the " + fileName
                    + " cannot be written");
        }
        return Optional.empty();
    }
}
