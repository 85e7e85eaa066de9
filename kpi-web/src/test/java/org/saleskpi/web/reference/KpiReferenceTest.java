package org.saleskpi.web.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.kpi.Kpi;

/** docs/kpis.md, as written and as the app serves it: a section per KPI of the catalog, and no dead link. */
class KpiReferenceTest {
    private static final Path DOCUMENT = Path.of("..", "docs", "kpis.md");

    @Test
    void everyKpiOfTheCatalogHasItsAnchoredSectionWithTheFiveParts() throws IOException {
        String markdown = Files.readString(DOCUMENT);
        for (Kpi kpi : Kpi.values()) {
            String anchor = "<a id=\"" + KpiReference.anchor(kpi) + "\"></a>\n## ";
            assertThat(markdown).as("section of " + kpi.key()).contains(anchor);
            String section = section(markdown, markdown.indexOf(anchor));
            assertThat(section).as("parts of " + kpi.key()).contains("**What it answers.**", "**How it is computed.**",
                    "**Options.**", "**When there is no number.**", "**Example.**");
        }
    }

    @Test
    void theJarServesTheDocumentOfTheRepositoryNotACopyOfItsOwn() throws IOException {
        try (InputStream bundled = getClass().getClassLoader().getResourceAsStream(ReferenceResource.FOLDER + "kpis.md")) {
            assertThat(bundled).as("the build copies docs/kpis.md into the jar").isNotNull();
            assertThat(new String(bundled.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(Files.readString(DOCUMENT));
        }
    }

    @Test
    void theServedPageHasAHeadingPerKpiAndEveryInPageLinkLands() {
        String html = ReferenceResource.render("kpis");
        List<String> ids = all(html, " id=\"([a-z0-9-]+)\"");
        for (Kpi kpi : Kpi.values()) {
            assertThat(html).contains("<h2 id=\"" + KpiReference.anchor(kpi) + "\">");
        }
        assertThat(ids).doesNotHaveDuplicates();
        List<String> targets = all(html, "href=\"#([^\"]+)\"");
        assertThat(targets).isNotEmpty();
        assertThat(ids).containsAll(targets);
        // Links leave the page only for a document served beside it, never for a file of the repository.
        String body = html.substring(html.indexOf("<main>"));
        assertThat(all(body, "href=\"([^#\"][^\"]*)\"")).allMatch(href -> href.matches("[a-z0-9-]+(#[a-z0-9-]+)?"));
        assertThat(html).doesNotContain("../");
    }

    @Test
    void aDocumentLinkedBesideItIsServedWithTheLinkedSection() {
        Matcher sibling = Pattern.compile("href=\"([a-z0-9-]+)(?:#([a-z0-9-]+))?\"").matcher(ReferenceResource.render("kpis"));
        assertThat(sibling.find()).as("kpis.md links period-comparisons.md").isTrue();
        do {
            String name = sibling.group(1);
            // The document may be written on another branch than this reference; once it is in docs/, it must be served.
            Assumptions.assumeTrue(Files.exists(DOCUMENT.resolveSibling(name + ".md")), name + ".md is not in docs/ yet");
            String page = ReferenceResource.render(name);
            assertThat(page).as(name + " in the jar").isNotEmpty();
            if (sibling.group(2) != null) {
                assertThat(page).contains(" id=\"" + sibling.group(2) + "\"");
            }
        } while (sibling.find());
    }

    private static String section(String markdown, int from) {
        int next = markdown.indexOf("\n<a id=", from + 1);
        return next < 0 ? markdown.substring(from) : markdown.substring(from, next);
    }

    private static List<String> all(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
