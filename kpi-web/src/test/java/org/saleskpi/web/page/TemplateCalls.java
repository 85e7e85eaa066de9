package org.saleskpi.web.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a Velocity template calls, read from its text without its {@code ##} comments: method calls
 * ({@code $x.name(...)}, with or without arguments) and the properties read from one variable ({@code $x.name}).
 * Jira 10 and later run only allowlisted template methods; the app's templates read no-argument getters only, as
 * properties, so any method call is a finding. Shared with kpi-server's and kpi-jira's tests (test-jar).
 */
public final class TemplateCalls {
    /** {@code $x.a.b(}, {@code $!x.b(}, {@code ${x.b(}: a reference followed by a parenthesis. */
    private static final Pattern CALL = Pattern.compile(
            "\\$!?\\{?[A-Za-z][A-Za-z0-9_-]*(?:\\.[A-Za-z][A-Za-z0-9_]*)*\\.[A-Za-z][A-Za-z0-9_]*\\s*\\(");
    private static final Pattern DOTTED = Pattern.compile("\\$!?\\{?([A-Za-z][A-Za-z0-9_]*)\\.([A-Za-z][A-Za-z0-9_]*)");

    private TemplateCalls() {
    }

    /** The template's code: its text without Velocity comments, which never run. */
    public static String code(String template) {
        return template.replaceAll("(?s)#\\*.*?\\*#", "").replaceAll("##[^\\n]*", "");
    }

    /** Every method call of the template, as written up to its parenthesis. */
    public static List<String> methodCalls(String template) {
        List<String> calls = new ArrayList<>();
        Matcher matcher = CALL.matcher(code(template));
        while (matcher.find()) {
            calls.add(matcher.group());
        }
        return calls;
    }

    /** The properties the template reads from {@code $variable}: {@code goalsTitle} for {@code $text.goalsTitle}. */
    public static Set<String> properties(String template, String variable) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = DOTTED.matcher(code(template));
        while (matcher.find()) {
            if (matcher.group(1).equals(variable)) {
                names.add(matcher.group(2));
            }
        }
        return names;
    }

    /** The {@code .vm} files below a directory of the module's sources, each with its text. */
    public static List<Path> templates(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().endsWith(".vm")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path template) {
        try {
            return Files.readString(template);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
