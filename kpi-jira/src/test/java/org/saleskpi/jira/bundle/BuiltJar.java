package org.saleskpi.jira.bundle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** One built app jar, read into memory: its entries, its manifest and its Import-Package clauses. */
final class BuiltJar {
    final String name;
    final Map<String, byte[]> entries = new LinkedHashMap<>();
    final Attributes manifest;

    private BuiltJar(String name, Path file) throws IOException {
        this.name = name;
        try (JarFile jar = new JarFile(file.toFile())) {
            Manifest read = jar.getManifest();
            this.manifest = read == null ? new Attributes() : read.getMainAttributes();
            for (ZipEntry entry : jar.stream().toList()) {
                if (!entry.isDirectory()) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        entries.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
        }
    }

    /** The jar whose path the build passes in the given system property (see the pom's bundle-tests execution). */
    static BuiltJar fromProperty(String name, String property) {
        String path = System.getProperty(property);
        if (path == null || !Files.isRegularFile(Path.of(path))) {
            throw new IllegalStateException(property + " names no built jar (" + path + "): run through mvn verify");
        }
        try {
            return new BuiltJar(name, Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** atlassian-plugin.xml, parsed (no DTDs). */
    Document descriptor() {
        byte[] bytes = entries.get("atlassian-plugin.xml");
        if (bytes == null) {
            throw new IllegalStateException(name + " holds no atlassian-plugin.xml");
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(name + "'s atlassian-plugin.xml does not parse", e);
        }
    }

    String header(String header) {
        return manifest.getValue(header);
    }

    Optional<String> text(String entry) {
        byte[] bytes = entries.get(entry);
        return bytes == null ? Optional.empty() : Optional.of(new String(bytes, StandardCharsets.UTF_8));
    }

    /** Package name to its attributes text (after the first ';'), one per Import-Package clause. */
    Map<String, String> imports() {
        Map<String, String> imports = new LinkedHashMap<>();
        String header = header("Import-Package");
        if (header == null) {
            return imports;
        }
        for (String clause : clauses(header)) {
            int semicolon = clause.indexOf(';');
            String name = (semicolon < 0 ? clause : clause.substring(0, semicolon)).trim();
            imports.put(name, semicolon < 0 ? "" : clause.substring(semicolon + 1).trim());
        }
        return imports;
    }

    /** The packages of the classes inside the jar, dotted. */
    TreeSet<String> ownPackages() {
        TreeSet<String> packages = new TreeSet<>();
        for (String entry : entries.keySet()) {
            if (entry.endsWith(".class") && entry.lastIndexOf('/') > 0) {
                packages.add(entry.substring(0, entry.lastIndexOf('/')).replace('/', '.'));
            }
        }
        return packages;
    }

    /** Splits a manifest header at the commas outside quotes. */
    private static List<String> clauses(String header) {
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
        if (current.length() > 0) {
            clauses.add(current.toString().trim());
        }
        return clauses;
    }
}
