package org.saleskpi.server.fakejira;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The public Jira answers the tests compare shapes with, read where the project keeps data it did not make: the
 * folder {@code shared/data/jira-fixtures} beside the clone (its SOURCE.txt names where each file comes from). It is
 * found by walking up from the working directory to the folder that has {@code shared} as a sibling, so a module's
 * tests and a whole build find the same files. A missing folder fails the test with the path it looked for: a
 * skipped shape test would hide a reader that drifted from Jira's answers.
 */
public final class JiraFixtures {
    private static final Path BESIDE_THE_CLONE = Path.of("shared", "data", "jira-fixtures");

    private JiraFixtures() {
    }

    /** The fixture folder; fails naming where it was looked for when it is not there. */
    public static Path root() {
        return root(Path.of(System.getProperty("user.dir")));
    }

    static Path root(Path workingDirectory) {
        Path start = workingDirectory.toAbsolutePath().normalize();
        return find(start).orElseThrow(() -> new IllegalStateException("The public Jira fixtures are missing: no "
                + "folder " + siblingOf(start) + ", nor " + BESIDE_THE_CLONE + " beside any folder above " + start
                + ". The tests read them from ../shared/data/jira-fixtures beside the clone."));
    }

    /** The text of one fixture file, e.g. {@code text("jrjc/search_many-issues.json")}. */
    public static String text(String name) {
        Path file = root().resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("No Jira fixture " + file);
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The nearest folder at or above {@code start} whose sibling {@code shared} holds the fixtures. */
    static Optional<Path> find(Path start) {
        for (Path folder = start; folder != null && folder.getParent() != null; folder = folder.getParent()) {
            Path candidate = siblingOf(folder);
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static Path siblingOf(Path folder) {
        return folder.resolveSibling(BESIDE_THE_CLONE);
    }
}
