import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Build step of kpi-jira, run with the JDK's source launcher after the Jira 10 jar is transformed:
 * {@code java AddImportRanges.java <jar> <package>=<range>...} gives each named Import-Package clause the
 * version range, in place. The Eclipse Transformer only rewrites a version attribute that is already there,
 * and the Jira 11 jar imports these packages without one, so the Jira 10 jar's sourced ranges are added here.
 * A named package that is not imported, or already carries a version, stops the build.
 */
public final class AddImportRanges {
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: AddImportRanges <jar> <package>=<range>...");
        }
        Path jar = Path.of(args[0]);
        Map<String, String> ranges = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            int equals = args[i].indexOf('=');
            ranges.put(args[i].substring(0, equals).trim(), args[i].substring(equals + 1).trim());
        }
        Path rewritten = jar.resolveSibling(jar.getFileName() + ".ranges.tmp");
        try (JarInputStream in = new JarInputStream(Files.newInputStream(jar), false)) {
            Manifest manifest = in.getManifest();
            Attributes main = manifest.getMainAttributes();
            main.putValue("Import-Package", withRanges(main.getValue("Import-Package"), ranges));
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(rewritten), manifest)) {
                for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                    JarEntry copy = new JarEntry(entry.getName());
                    copy.setTime(entry.getTime());
                    out.putNextEntry(copy);
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        }
        Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("[AddImportRanges] " + jar.getFileName() + ": " + ranges);
    }

    static String withRanges(String header, Map<String, String> ranges) {
        List<String> clauses = new ArrayList<>();
        Map<String, String> pending = new LinkedHashMap<>(ranges);
        for (String clause : clauses(header)) {
            String name = clause.split(";", 2)[0].trim();
            String range = pending.remove(name);
            if (range != null) {
                if (clause.matches(".*;\\s*version\\s*=.*")) {
                    throw new IllegalStateException(name + " already has a version: " + clause);
                }
                clause = clause + ";version=\"" + range + "\"";
            }
            clauses.add(clause);
        }
        if (!pending.isEmpty()) {
            throw new IllegalStateException("not imported: " + pending.keySet());
        }
        return String.join(",", clauses);
    }

    /** The header's clauses: split at the commas outside quotes. */
    static List<String> clauses(String header) {
        List<String> clauses = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            clauses.add(current.toString().trim());
        }
        return clauses;
    }
}
