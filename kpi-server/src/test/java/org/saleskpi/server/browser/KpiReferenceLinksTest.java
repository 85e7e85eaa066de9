package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Each KPI's description on the screens links to its section of the KPI reference (docs/kpis.md as
 * the server serves it), and the link lands there: on a gadget and in the goal form's KPI target.
 */
class KpiReferenceLinksTest {
    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void aGadgetSaysWhatItsKpisMeanAndLinksToTheirSections() throws Exception {
        long dashboard = ((Number) browser.jsonAsAdmin("POST", "/dashboards",
                Map.of("name", "What the KPIs mean", "layout", "one-column")).get("id")).longValue();
        browser.jsonAsAdmin("POST", "/dashboards/" + dashboard + "/gadgets", Map.of("type", "table", "column", 0,
                "position", 0, "preferences", Map.of("v", "1", "profile", "1", "kpi", "won-revenue,win-rate",
                        "period", "this-quarter")));
        browser.signInAsAdmin();
        browser.open("/dashboards/" + dashboard);
        browser.waitFor(By.cssSelector("section.saleskpi-gadget[data-gadget-type=table][data-state=ready]"));

        browser.screenshot("kpi-about-table-gadget");
        List<WebElement> about = browser.driver().findElements(By.cssSelector(".saleskpi-gadget-about .saleskpi-kpi-about"));
        assertThat(about).extracting(node -> node.getAttribute("data-kpi")).containsExactly("won-revenue", "win-rate");
        WebElement winRate = about.get(1);
        assertThat(winRate.getText()).contains("Won deals divided by won and lost deals closed in the period.")
                .contains("Learn more");
        // Each line of the footer names its KPI, so two descriptions are told apart.
        assertThat(browser.driver().findElements(By.cssSelector(".saleskpi-gadget-about p"))).extracting(WebElement::getText)
                .satisfiesExactly(line -> assertThat(line).startsWith("Won revenue: Sum and count"),
                        line -> assertThat(line).startsWith("Win rate: Won deals"));
        WebElement link = winRate.findElement(By.cssSelector("a.saleskpi-learn-more"));
        String href = link.getAttribute("href");
        assertThat(href).isEqualTo(browser.url("/rest/saleskpi/1.0/reference/kpis#win-rate"));
        assertThat(link.getAttribute("aria-label")).isEqualTo("Learn more about Win rate in the KPI reference");

        // The address answers 200 without signing in, and the browser lands on the KPI's heading.
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(href.substring(0, href.indexOf('#')))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        browser.driver().get(href);
        WebElement heading = browser.waitFor(By.id("win-rate"));
        assertThat(heading.getTagName()).isEqualTo("h2");
        assertThat(heading.getText()).isEqualTo("Win rate");
        browser.screenshot("kpi-reference-win-rate");
        browser.assertNoConsoleErrors();
    }

    @Test
    void theGoalFormDescribesTheChosenKpiOfAKpiTarget() {
        browser.signInAsAdmin();
        WebElement form = browser.createGoalForm("SALES");
        form.findElement(By.cssSelector("[data-action=add-target]")).click();
        new Select(browser.waitFor(By.name("targets[0].kind"))).selectByValue("kpi");
        WebElement kpi = form.findElement(By.name("targets[0].kpiKey"));
        browser.waitUntil(d -> kpi.findElements(By.cssSelector("option[value='sales-cycle']")).size() == 1);

        new Select(kpi).selectByValue("sales-cycle");

        WebElement about = browser.waitFor(By.cssSelector(".saleskpi-kpi-hint .saleskpi-kpi-about[data-kpi='sales-cycle']"));
        assertThat(about.getText()).contains("Mean and median days");
        assertThat(about.findElement(By.tagName("a")).getAttribute("href"))
                .isEqualTo(browser.url("/rest/saleskpi/1.0/reference/kpis#sales-cycle"));
    }
}
