package org.saleskpi.jira.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The packages one Jira version gives an app, read from {@code src/test/resources/jira-exports/<name>.txt}
 * (its README gives the format and the sources): those of Jira's system bundle, and those each other plugin
 * exports, by that plugin's bundle symbolic name.
 */
record JiraExports(String name, List<String> system, Map<String, List<String>> plugins) {

    static JiraExports read(String name) {
        String resource = "jira-exports/" + name + ".txt";
        try (InputStream in = JiraExports.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the test class path");
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JiraExports parse(String name, String text) {
        List<String> system = new ArrayList<>();
        Map<String, List<String>> plugins = new LinkedHashMap<>();
        List<String> current = null;
        for (String raw : text.split("\n")) {
            int comment = raw.indexOf('#');
            String line = (comment < 0 ? raw : raw.substring(0, comment)).trim();
            if (line.isEmpty()) {
                continue;
            }
            if (line.equals("[system]")) {
                current = system;
            } else if (line.startsWith("[plugin ") && line.endsWith("]")) {
                current = plugins.computeIfAbsent(line.substring(8, line.length() - 1).trim(), key -> new ArrayList<>());
            } else if (current == null) {
                throw new IllegalStateException(name + ": " + line + " comes before any [system] or [plugin ...] section");
            } else if (!line.matches("[A-Za-z_][\\w.]*;version=\\d+(\\.\\d+){0,2}")) {
                throw new IllegalStateException(name + ": not a package;version=x.y.z line: " + line);
            } else {
                current.add(line);
            }
        }
        return new JiraExports(name, List.copyOf(system), Map.copyOf(plugins));
    }

    /** Felix's {@code org.osgi.framework.system.packages.extra}: what Jira's system bundle adds to the JRE's. */
    String systemPackagesExtra() {
        return String.join(",", system);
    }

    /** Every exported package name, system bundle and plugins together. */
    List<String> packageNames() {
        List<String> names = new ArrayList<>();
        system.forEach(line -> names.add(line.substring(0, line.indexOf(';'))));
        plugins.values().forEach(lines -> lines.forEach(line -> names.add(line.substring(0, line.indexOf(';')))));
        return names;
    }
}
