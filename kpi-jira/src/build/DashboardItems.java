import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.saleskpi.core.gadget.Gadget;
import org.saleskpi.core.gadget.Gadgets;

/**
 * Build step of kpi-jira, run with the JDK's source launcher in generate-resources, before the descriptor is
 * filtered and either jar is made: {@code java -cp <compile classpath> DashboardItems.java <source descriptor>
 * <written descriptor>} copies the descriptor with, from the gadget registry ({@link Gadgets#all()}), one
 * {@code <dashboard-item>} per gadget type and the download resources of each type's scripts between the two pairs
 * of marker comments the source holds, so adding a gadget type needs no descriptor edit. A type's one script is
 * {@code saleskpi/static/js/gadgets/<key>/renderer.js} on the class path (kpi-web); a type without it, a missing
 * marker or an empty registry stops the build.
 */
public final class DashboardItems {
    static final String SCRIPTS_BEGIN = "<!-- begin: each gadget type's scripts, from the gadget registry -->";
    static final String SCRIPTS_END = "<!-- end: each gadget type's scripts -->";
    static final String ITEMS_BEGIN = "<!-- begin: one dashboard item per gadget type, from the gadget registry -->";
    static final String ITEMS_END = "<!-- end: dashboard items -->";
    /** Jira's own category: every item is listed under it, beside the type's category. */
    static final String PRODUCT_CATEGORY = "JIRA";

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: DashboardItems <source atlassian-plugin.xml> <written copy>");
        }
        Path source = Path.of(args[0]);
        Path descriptor = Path.of(args[1]);
        List<Gadget> types = List.copyOf(Gadgets.all());
        if (types.isEmpty()) {
            throw new IllegalStateException("the gadget registry lists no type");
        }
        StringBuilder scripts = new StringBuilder();
        StringBuilder items = new StringBuilder();
        for (Gadget type : types) {
            scripts.append(renderer(type.key()));
            items.append(item(type));
        }
        String text = Files.readString(source, StandardCharsets.UTF_8);
        text = between(text, SCRIPTS_BEGIN, SCRIPTS_END, scripts.toString(), "    ");
        text = between(text, ITEMS_BEGIN, ITEMS_END, items.toString(), "  ");
        Files.createDirectories(descriptor.getParent());
        Files.writeString(descriptor, text, StandardCharsets.UTF_8);
        System.out.println("[DashboardItems] " + descriptor + ": " + types.size() + " dashboard items");
    }

    /** The download resource of a type's one script, its renderer (its options form comes from its schema). */
    static String renderer(String key) {
        String location = "saleskpi/static/js/gadgets/" + key + "/renderer.js";
        if (DashboardItems.class.getClassLoader().getResource(location) == null) {
            throw new IllegalStateException("the gadget type " + key + " has no " + location);
        }
        return "    <resource type=\"download\" name=\"gadgets-" + xml(key) + "-renderer.js\" location=\""
                + xml(location) + "\"/>\n";
    }

    /** A type's dashboard item: its texts' keys, categories and the AMD module dashboard-items.js defines for it. */
    static String item(Gadget type) {
        String key = xml(type.key());
        String title = xml(type.titleKey());
        Set<String> categories = new LinkedHashSet<>(List.of(PRODUCT_CATEGORY, type.category()));
        StringBuilder item = new StringBuilder();
        item.append("  <dashboard-item key=\"saleskpi-").append(key).append("\" i18n-name-key=\"").append(title)
                .append("\" configurable=\"true\">\n");
        item.append("    <definition>\n");
        item.append("      <title key=\"").append(title).append("\"/>\n");
        item.append("      <categories>\n");
        categories.forEach(category -> item.append("        <category>").append(xml(category)).append("</category>\n"));
        item.append("      </categories>\n");
        item.append("      <author>\n        <name>Sales KPI for Jira</name>\n      </author>\n");
        item.append("    </definition>\n");
        item.append("    <description key=\"").append(xml(type.descriptionKey())).append("\"/>\n");
        item.append("    <amd-module>saleskpi/dashboard/").append(key).append("</amd-module>\n");
        item.append("  </dashboard-item>\n");
        return item.toString();
    }

    /** The text with what stands between the markers (each exactly once, in order) replaced by {@code lines}. */
    static String between(String text, String begin, String end, String lines, String indent) {
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from || text.indexOf(begin, from + 1) >= 0 || text.indexOf(end, to + 1) >= 0) {
            throw new IllegalStateException("the descriptor needs " + begin + " then " + end + ", once each");
        }
        return text.substring(0, from + begin.length()) + "\n" + lines + indent + text.substring(to);
    }

    static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
