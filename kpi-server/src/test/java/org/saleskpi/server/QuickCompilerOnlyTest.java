package org.saleskpi.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line import's compiler directive on this very JVM, read back as {@code jcmd <pid>
 * Compiler.directives_print} shows it: in place while applied, gone once closed, its file never left behind.
 */
class QuickCompilerOnlyTest {

    @Test
    void whileAppliedEveryMethodIsKeptFromTheOptimisingCompilerAndClosingGivesItBack(@TempDir Path folder)
            throws Exception {
        assertThat(added()).isEmpty();

        try (QuickCompilerOnly quick = QuickCompilerOnly.apply(folder)) {
            assertThat(quick.added()).isTrue();
            String ours = added();
            assertThat(ours).contains("matching: *.*");
            assertThat(ours.substring(ours.indexOf("c2 directives:"))).contains("Exclude:true");
            assertThat(ours.substring(0, ours.indexOf("c2 directives:"))).contains("Exclude:false");
        }

        assertThat(added()).isEmpty();
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).as("the directive's file").isEmpty();
        }
    }

    @Test
    void aFolderItCannotWriteToLeavesTheCompilersAsTheyAre(@TempDir Path folder) {
        try (QuickCompilerOnly quick = QuickCompilerOnly.apply(folder.resolve("missing"))) {
            assertThat(quick.added()).isFalse();
            assertThat(added()).isEmpty();
        }
    }

    /** The directives printed above HotSpot's default one (which matches every method and excludes nothing). */
    static String added() {
        String directives = QuickCompilerOnly.directives();
        assertThat(directives).contains("Directive: (default)");
        return directives.substring(0, directives.indexOf("Directive: (default)")).strip();
    }
}
