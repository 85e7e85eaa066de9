package org.saleskpi.server;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Keeps the JIT to its quick compiler (C1) for what it compiles while a command-line import runs (ADR 0071): in an
 * import the optimising compiler (C2) took a third of the process's CPU, compiling H2's B-tree code again each time
 * a phase of the import brought it new types, on a machine whose two cores the import keeps busy. It is the effect of
 * {@code -XX:TieredStopAtLevel=1}, which a jar cannot set, added to the running JVM as a compiler directive (JEP 165)
 * through the JDK's {@code DiagnosticCommand} MBean, the in-process form of
 * {@code jcmd <pid> Compiler.directives_add <file>}; {@link #close()} removes it again.
 *
 * <p>A method the directive kept from C2 stays with C1 for the rest of the JVM's life (HotSpot marks it not
 * C2-compilable), so only a process whose work is the import uses this. Where the MBean or its operations are
 * missing (another JVM), nothing changes but the speed.
 */
final class QuickCompilerOnly implements AutoCloseable {
    /** JEP 165's JSON: every method, C2 excluded (C1 then compiles it fully, without profiling). */
    static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]";
    private static final String DIAGNOSTIC_COMMAND = "com.sun.management:type=DiagnosticCommand";
    private static final String[] STRING_ARRAY = {String[].class.getName()};

    private final boolean added;

    private QuickCompilerOnly(boolean added) {
        this.added = added;
    }

    /**
     * Adds the directive to this JVM; {@code folder} (one this process owns) holds its file for as long as the
     * JVM takes to read it.
     */
    static QuickCompilerOnly apply(Path folder) {
        Path file = null;
        try {
            file = Files.createTempFile(folder, "compiler-directive", ".json");
            Files.writeString(file, DIRECTIVE, StandardCharsets.UTF_8);
            Object said = invoke("compilerDirectivesAdd", new Object[] {new String[] {file.toString()}},
                    STRING_ARRAY);
            // The JVM says "1 compiler directives added", or why it added none.
            return new QuickCompilerOnly(String.valueOf(said).contains("1 compiler directives added"));
        } catch (IOException | JMException | RuntimeException e) {
            return new QuickCompilerOnly(false);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // A leftover file of a few bytes in the data directory harms nothing.
                }
            }
        }
    }

    /** Whether the directive is in place. */
    boolean added() {
        return added;
    }

    /** The directives this JVM's compilers follow, as {@code jcmd <pid> Compiler.directives_print} shows them. */
    static String directives() {
        try {
            return String.valueOf(invoke("compilerDirectivesPrint", null, null));
        } catch (JMException e) {
            return "";
        }
    }

    /** Removes the directive (the top of the JVM's directive stack, which it is while the import runs). */
    @Override
    public void close() {
        if (!added) {
            return;
        }
        try {
            invoke("compilerDirectivesRemove", null, null);
        } catch (JMException | RuntimeException e) {
            // The import is done; a directive left in place only keeps later compilations quick.
        }
    }

    private static Object invoke(String operation, Object[] arguments, String[] signature) throws JMException {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        return server.invoke(new ObjectName(DIAGNOSTIC_COMMAND), operation, arguments, signature);
    }
}
