package org.saleskpi.web.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void headingsGetGithubAnchorsUnlessAnAnchorLineNamesThem() {
        String html = Markdown.toHtml("# KPI reference\n\n## When a KPI shows no number\n\n<a id=\"clv\"></a>\n"
                + "## Customer lifetime value\n");

        assertThat(html).contains("<h1 id=\"kpi-reference\">KPI reference</h1>")
                .contains("<h2 id=\"when-a-kpi-shows-no-number\">When a KPI shows no number</h2>")
                .contains("<h2 id=\"clv\">Customer lifetime value</h2>")
                .doesNotContain("customer-lifetime-value").doesNotContain("<a id");
    }

    @Test
    void paragraphsListsAndTablesBecomeTheirElements() {
        String html = Markdown.toHtml("One line\nand the next.\n\n- first item\n  goes on\n- second\n\n"
                + "1. one\n2. two\n\n| a | b |\n|---|---|\n| `x` | **y** |\n");

        assertThat(html).contains("<p>One line and the next.</p>")
                .contains("<ul>\n<li>first item goes on</li>\n<li>second</li>\n</ul>")
                .contains("<ol>\n<li>one</li>\n<li>two</li>\n</ol>")
                .contains("<thead><tr><th>a</th><th>b</th></tr></thead>")
                .contains("<tr><td><code>x</code></td><td><strong>y</strong></td></tr>");
    }

    @Test
    void everyTextIsEscapedAndOnlyHarmlessLinksStay() {
        String html = Markdown.toHtml("<script>alert(1)</script> and <a id=\"x\" onclick=\"y\"></a>\n\n"
                + "[in page](#win-rate), [sibling](period-comparisons.md#running), [web](https://example.org/a), "
                + "[script](javascript:alert(1)), [repo file](../shared/docs/KPI-DEFINITIONS.md)\n\n"
                + "```\n<b>kept as text</b>\n```\n");

        assertThat(html).doesNotContain("<script").doesNotContain("onclick=\"")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("<a href=\"#win-rate\">in page</a>")
                .contains("<a href=\"period-comparisons#running\">sibling</a>")
                .contains("<a href=\"https://example.org/a\">web</a>")
                .doesNotContain("javascript:").doesNotContain("../shared")
                .contains("script").contains("repo file")
                .contains("<pre><code>&lt;b&gt;kept as text&lt;/b&gt;\n</code></pre>");
    }

    @Test
    void slugsDropPunctuationAsGithubDoes() {
        assertThat(Markdown.slug("Sales target attainment")).isEqualTo("sales-target-attainment");
        assertThat(Markdown.slug("What `won in P` means: a test!")).isEqualTo("what-won-in-p-means-a-test");
    }
}
