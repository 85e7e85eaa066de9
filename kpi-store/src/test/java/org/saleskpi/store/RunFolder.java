package org.saleskpi.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The test run's own folder: the test JVM's {@code java.io.tmpdir}, which the build sets to the
 * module's {@code target/tmp} and empties before the tests run (the root pom's surefire and antrun
 * configuration, docs/fresh-machine.md). Tests keep everything they write in it, so that a run never
 * reads what an earlier run left behind, in the clone or outside it.
 */
public final class RunFolder {
    private RunFolder() {
    }

    /** The folder; refuses a {@code java.io.tmpdir} outside a {@code target} folder, such as {@code /tmp}. */
    public static Path root() {
        return insideTarget(Path.of(System.getProperty("java.io.tmpdir")));
    }

    static Path insideTarget(Path folder) {
        Path tmpdir = folder.toAbsolutePath().normalize();
        for (Path part : tmpdir) {
            if (part.toString().equals("target")) {
                return tmpdir;
            }
        }
        throw new IllegalStateException("java.io.tmpdir is " + tmpdir + ", outside the build's target folder; run the"
                + " tests through Maven, which sets it to target/tmp (docs/fresh-machine.md)");
    }

    /** A new, empty folder in {@link #root()} whose name starts with {@code prefix}. */
    public static Path newFolder(String prefix) {
        try {
            return Files.createTempDirectory(root(), prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
