import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build step of kpi-core, run with the JDK's source launcher after compiling:
 * {@code java GadgetServices.java <classes dir> <interface>} writes {@code META-INF/services/<interface>} listing
 * every public concrete class of the directory that implements it, so {@code ServiceLoader} finds each gadget type
 * and no hand-kept list names them. A class that implements it without a public constructor without parameters
 * stops the build: ServiceLoader could not make it.
 */
public final class GadgetServices {
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: GadgetServices <classes dir> <interface>");
        }
        Path classes = Path.of(args[0]);
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
                    .forEach(f -> names.add(className(classes, f)));
        }
        List<String> implementations = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> service = Class.forName(args[1], false, loader);
            for (String name : names) {
                Class<?> type = Class.forName(name, false, loader);
                if (!service.isAssignableFrom(type) || type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
                    continue;
                }
                if (!Modifier.isPublic(type.getModifiers()) || !hasPublicNoArgConstructor(type)) {
                    throw new IllegalStateException(name + " implements " + args[1]
                            + " but is not public with a public constructor without parameters.");
                }
                implementations.add(name);
            }
        }
        implementations.sort(null);
        Path file = classes.resolve("META-INF/services/" + args[1]);
        String text = String.join("\n", implementations) + "\n";
        if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
    }

    private static String className(Path root, Path file) {
        String relative = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
        return relative.substring(0, relative.length() - ".class".length());
    }

    private static boolean hasPublicNoArgConstructor(Class<?> type) {
        try {
            return Modifier.isPublic(type.getConstructor().getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
