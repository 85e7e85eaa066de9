package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.saleskpi.web.json.Json;

/**
 * The issue list a number drills into (issue 17, "Drill-down list"): it says what it shows (the figure, its
 * value, the group and the period), totals its amount column with the profile's currency over every issue the
 * viewer may see, shows amounts with the currency, and links back to the dashboard and gadget it came from.
 */
class DrillDownListTest {
    @RegisterExtension
    static final Browser browser = new Browser();

    private static long dashboard;

    @BeforeAll
    static void aDashboardOfWonRevenue() {
        Map<String, Map<String, String>> gadgets = new LinkedHashMap<>();
        gadgets.put("calculation", Map.of("kpi", "won-revenue", "period", "this-quarter"));
        gadgets.put("table", Map.of("kpi", "won-revenue", "period", "this-quarter"));
        gadgets.put("bar", Map.of("kpi", "new-opportunities", "period", "this-quarter"));
        dashboard = browser.dashboardWith("Won revenue drills", "one-column", gadgets);
    }

    @Test
    void theNumbersListSaysWhatItIsTotalsItsAmountsWithTheCurrencyAndLinksBack() {
        WebElement gadget = readyGadget("calculation");
        String gadgetId = gadget.getAttribute("data-gadget-id");
        String name = gadget.findElement(By.cssSelector(".saleskpi-figure-name")).getText();
        String period = gadget.findElement(By.cssSelector(".saleskpi-period")).getText();
        WebElement link = gadget.findElement(By.cssSelector(".gadget-value a.saleskpi-drill"));
        String shown = link.getText();
        String jql = link.getAttribute("data-jql");

        link.click();

        browser.waitUntil(d -> browser.location().startsWith("/issues?"));
        WebElement about = browser.waitFor(By.cssSelector("#saleskpi-issues p.issues-about"));
        assertThat(about.getText()).isEqualTo(name + " " + shown + ", " + period);
        browser.waitFor(By.cssSelector("table[data-total]"));

        // The total: the API's won revenue, and the API's sum over every visible issue of the drill.
        Map<String, Object> profile = browser.jsonAsAdmin("GET", "/profiles/1", null);
        String amountField = (String) ((Map<?, ?>) profile.get("fields")).get("amount");
        String currency = (String) profile.get("currency");
        WebElement total = browser.waitFor(By.cssSelector("tfoot td[data-field='" + amountField + "']"));
        Map<String, Object> kpi = browser.jsonAsAdmin("GET", "/kpis/won-revenue?profile=1&period=this-quarter", null);
        assertThat(new BigDecimal(total.getAttribute("data-total")))
                .isEqualByComparingTo(new BigDecimal(String.valueOf(kpi.get("value"))));
        Map<String, Object> api = browser.jsonAsAdmin("GET", "/issues?maxResults=1&totals=true&jql="
                + URLEncoder.encode(jql, StandardCharsets.UTF_8), null);
        assertThat(new BigDecimal(total.getAttribute("data-total"))).isEqualByComparingTo(
                new BigDecimal(String.valueOf(((Map<?, ?>) api.get("totals")).get(amountField))));
        // The total reads as the gadget's number does: the same value with the same currency.
        assertThat(total.getText()).isEqualTo(shown);
        assertThat(currency).isNotBlank();

        // Every amount cell carries the currency as the gadget writes it.
        String symbol = shown.replaceAll("[0-9.,\\s]", "");
        assertThat(symbol).isNotEmpty();
        int column = columnOf(amountField);
        List<WebElement> amounts = browser.driver().findElements(By.cssSelector(
                "table[data-total] tbody tr > :nth-child(" + column + ")"));
        assertThat(amounts).isNotEmpty().allSatisfy(cell -> assertThat(cell.getText()).contains(symbol));
        browser.screenshot("page-issues-drill-down-list");

        WebElement back = browser.waitFor(By.cssSelector("#saleskpi-issues p.issues-back a"));
        assertThat(back.getText()).isEqualTo("Back to the dashboard");
        back.click();
        browser.waitUntil(d -> d.getCurrentUrl().equals(browser.url("/dashboards/" + dashboard + "#saleskpi-gadget-"
                + gadgetId)));
        browser.waitFor(By.cssSelector("section.saleskpi-gadget[data-gadget-type=calculation][data-state=ready]"));
        browser.assertNoConsoleErrors();
    }

    /**
     * Each amount cell of the list (and its total) as its text, scrollWidth and clientWidth, and how far its right edge
     * passes the right edge of the table's scrolling box (positive: cut off where the reader looks).
     */
    private static final String AMOUNT_CELLS = """
            const column = arguments[0];
            const box = document.querySelector('.table-scroll').getBoundingClientRect();
            return Array.from(document.querySelectorAll(
                'table[data-total] tbody tr > :nth-child(' + column + '), table[data-total] tfoot td.number'))
              .map(cell => ({text: cell.textContent, scroll: cell.scrollWidth, client: cell.clientWidth,
                past: Math.round(cell.getBoundingClientRect().right - box.right)}));""";

    /** Whether the table's box scrolls sideways (its table wider than the box). */
    private static final String TABLE_SCROLLS = """
            const box = document.querySelector('.table-scroll');
            return box.scrollWidth > box.clientWidth;""";

    @Test
    void everyAmountIsWholeAt1400And1280And1024And768Pixels() {
        WebElement link = readyGadget("calculation").findElement(By.cssSelector(".gadget-value a.saleskpi-drill"));
        String jql = link.getAttribute("data-jql");
        browser.driver().get(link.getAttribute("href"));
        browser.waitFor(By.cssSelector("table[data-total] tfoot"));
        Map<String, Object> profile = browser.jsonAsAdmin("GET", "/profiles/1", null);
        String amountField = (String) ((Map<?, ?>) profile.get("fields")).get("amount");
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.US);
        money.setCurrency(Currency.getInstance((String) profile.get("currency")));
        // The API's amounts of the first page, in the list's order, then its total, as the user's locale writes them.
        Map<String, Object> api = browser.jsonAsAdmin("GET", "/issues?startAt=0&maxResults=50&totals=true&jql="
                + URLEncoder.encode(jql, StandardCharsets.UTF_8), null);
        List<String> expected = new java.util.ArrayList<>();
        for (Object issue : (List<?>) api.get("issues")) {
            Object value = ((Map<?, ?>) ((Map<?, ?>) issue).get("fields")).get(amountField);
            expected.add(value == null ? "" : money.format(new BigDecimal(String.valueOf(value))));
        }
        expected.add(money.format(new BigDecimal(String.valueOf(((Map<?, ?>) api.get("totals")).get(amountField)))));
        int column = columnOf(amountField);

        for (int width : new int[] {1400, 1280, 1024, 768}) {
            browser.driver().manage().window().setSize(new Dimension(width, 1000));
            browser.waitUntil(d -> ((Number) browser.script("return window.innerWidth;")).intValue() <= width);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> cells = (List<Map<String, Object>>) browser.script(AMOUNT_CELLS, column);
            browser.screenshot("page-issues-drill-down-amounts-" + width);
            assertThat(cells).as("amount cells at %d px", width).hasSize(expected.size());
            for (int i = 0; i < cells.size(); i++) {
                Map<String, Object> cell = cells.get(i);
                assertThat(cell.get("text")).as("amount %d at %d px", i, width).isEqualTo(expected.get(i));
                assertThat(((Number) cell.get("scroll")).intValue()).as("width of %s at %d px", cell.get("text"), width)
                        .isLessThanOrEqualTo(((Number) cell.get("client")).intValue());
                if (width >= 1024) {
                    assertThat(((Number) cell.get("past")).intValue())
                            .as("pixels of %s past the table's right edge at %d px", cell.get("text"), width)
                            .isLessThanOrEqualTo(0);
                }
            }
            // From 1024 pixels on, the whole table shows; narrower, it scrolls in its own box.
            if (width >= 1024) {
                assertThat((Boolean) browser.script(TABLE_SCROLLS)).as("the table scrolls sideways at %d px", width)
                        .isFalse();
            }
            // A header never stacks its letters, and a narrow page scrolls the table in its box, not the page.
            assertThat((Boolean) browser.script("return document.documentElement.scrollWidth"
                    + " <= document.documentElement.clientWidth;")).as("the page scrolls sideways at %d px", width)
                    .isTrue();
            @SuppressWarnings("unchecked")
            List<String> headers = (List<String>) browser.script(TableHeadersJapaneseTest.HEADER_LINES);
            assertThat(headers).as("headers at %d px, as text|lines", width).isNotEmpty().allSatisfy(header -> {
                String text = header.substring(0, header.lastIndexOf('|'));
                if (!text.isEmpty() && !text.matches(".*\\s.*")) {
                    assertThat(header).endsWith("|1");
                }
            });
        }
        browser.assertNoConsoleErrors();
    }

    @Test
    void aTableCellsListNamesItsGroup() {
        WebElement gadget = readyGadget("table");
        WebElement row = gadget.findElement(By.cssSelector("table.saleskpi-gadget-data tbody tr"));
        String group = row.findElement(By.cssSelector("th")).getText();
        String period = gadget.findElement(By.cssSelector("table.saleskpi-gadget-data caption")).getText();
        WebElement link = row.findElement(By.cssSelector("td a.saleskpi-drill"));
        String shown = link.getText();
        String figure = gadget.findElement(By.cssSelector("thead th:nth-child(2)")).getText();

        link.click();

        WebElement about = browser.waitFor(By.cssSelector("#saleskpi-issues p.issues-about"));
        assertThat(about.getText()).isEqualTo(figure + " " + shown + ", " + group + ", " + period);
        browser.screenshot("page-issues-drill-down-group");
        browser.assertNoConsoleErrors();
    }

    @Test
    void aBarsListNamesItsRepAndCount() {
        WebElement gadget = readyGadget("bar");
        String name = gadget.findElement(By.cssSelector("table.saleskpi-gadget-data thead th:nth-child(2)"))
                .getAttribute("textContent");
        WebElement row = gadget.findElement(By.cssSelector("table.saleskpi-gadget-data tbody tr"));
        String rep = row.findElement(By.cssSelector("th")).getAttribute("textContent");
        String count = row.findElement(By.cssSelector("td")).getAttribute("textContent");
        String period = gadget.findElement(By.cssSelector("table.saleskpi-gadget-data caption")).getAttribute("textContent");
        // The numbers table (visually hidden for charts) holds the keyboard's drill links: show it.
        gadget.findElement(By.cssSelector(".saleskpi-gadget-tools button[aria-pressed]")).click();

        row.findElement(By.cssSelector("a.saleskpi-drill")).click();

        WebElement about = browser.waitFor(By.cssSelector("#saleskpi-issues p.issues-about"));
        assertThat(period).endsWith(")");
        assertThat(about.getText()).isEqualTo(name + " " + count + ", " + rep + ", "
                + period.substring(period.lastIndexOf('(') + 1, period.length() - 1));
        assertThat(browser.waitFor(By.cssSelector("table[data-total]")).getAttribute("data-total"))
                .isEqualTo(count.replaceAll("[^0-9]", ""));
        browser.assertNoConsoleErrors();
    }

    @Test
    void aWinRatesListSaysHowManyWereWonOfHowManyClosedAndListsTheClosedDeals() {
        Map<String, Map<String, String>> gadgets = new LinkedHashMap<>();
        gadgets.put("calculation", Map.of("kpi", "win-rate", "period", "this-quarter"));
        gadgets.put("table", Map.of("kpi", "win-rate", "period", "this-quarter"));
        long rates = browser.dashboardWith("Win rate drills", "one-column", gadgets);
        Map<String, Object> api = browser.jsonAsAdmin("GET",
                "/gadgets/calculation/data?profile=1&kpi=win-rate&period=this-quarter", null);
        int won = ((Number) api.get("numerator")).intValue();
        int closed = ((Number) api.get("denominator")).intValue();
        assertThat(closed).isPositive();
        browser.signInAsAdmin();
        browser.open("/dashboards/" + rates);
        WebElement gadget = browser.waitFor(By.cssSelector(
                "section.saleskpi-gadget[data-gadget-type=calculation][data-state=ready]"));
        String period = gadget.findElement(By.cssSelector(".saleskpi-period")).getText();

        gadget.findElement(By.cssSelector(".gadget-value a.saleskpi-drill")).click();

        WebElement about = browser.waitFor(By.cssSelector("#saleskpi-issues p.issues-about"));
        assertThat(about.getText()).isEqualTo(String.format("%,d won of %,d closed, %s", won, closed, period));
        // A rate drills into what it is "out of": the closed deals.
        assertThat(browser.waitFor(By.cssSelector("table[data-total]")).getAttribute("data-total"))
                .isEqualTo(String.valueOf(closed));
        browser.screenshot("page-issues-drill-down-win-rate");

        // A rep's rate in the table says the same of the rep's deals, with the API's counts.
        browser.open("/dashboards/" + rates);
        WebElement table = browser.waitFor(By.cssSelector(
                "section.saleskpi-gadget[data-gadget-type=table][data-state=ready] table.saleskpi-gadget-data"));
        String quarter = table.findElement(By.cssSelector("caption")).getText();
        WebElement row = table.findElement(By.cssSelector("tbody tr"));
        String rep = row.findElement(By.cssSelector("th")).getText();
        Map<?, ?> repRow = ((List<?>) browser.jsonAsAdmin("GET",
                "/gadgets/table/data?profile=1&kpi=win-rate&period=this-quarter", null).get("rows")).stream()
                .map(r -> (Map<?, ?>) r).filter(r -> rep.equals(r.get("label"))).findFirst().orElseThrow();
        int repWon = ((Number) ((List<?>) repRow.get("numerators")).get(0)).intValue();
        int repClosed = ((Number) ((List<?>) repRow.get("denominators")).get(0)).intValue();
        row.findElement(By.cssSelector("td a.saleskpi-drill")).click();
        assertThat(browser.waitFor(By.cssSelector("#saleskpi-issues p.issues-about")).getText())
                .isEqualTo(String.format("%,d won of %,d closed, %s, %s", repWon, repClosed, rep, quarter));
        assertThat(browser.waitFor(By.cssSelector("table[data-total]")).getAttribute("data-total"))
                .isEqualTo(String.valueOf(repClosed));
        browser.assertNoConsoleErrors();
    }

    @Test
    void aWinRatesBarLinePointAndPreviousValueListsSayHowManyWereWonOfHowManyClosed() {
        Map<String, Map<String, String>> gadgets = new LinkedHashMap<>();
        gadgets.put("bar", Map.of("kpi", "win-rate", "period", "this-quarter"));
        gadgets.put("line", Map.of("kpi", "win-rate", "period", "this-quarter", "bucket", "month"));
        gadgets.put("calculation", Map.of("kpi", "win-rate", "period", "this-quarter"));
        long rates = browser.dashboardWith("Win rate bars and lines", "one-column", gadgets);
        browser.signInAsAdmin();
        browser.open("/dashboards/" + rates);

        // A rep's bar, from the numbers table (the keyboard's way to the bars' drills), with the API's counts.
        WebElement bar = ready("bar");
        WebElement table = bar.findElement(By.cssSelector("table.saleskpi-gadget-data"));
        String caption = table.findElement(By.cssSelector("caption")).getAttribute("textContent");
        String quarter = caption.substring(caption.lastIndexOf('(') + 1, caption.length() - 1);
        bar.findElement(By.cssSelector(".saleskpi-gadget-tools button[aria-pressed]")).click();
        WebElement row = table.findElement(By.cssSelector("tbody tr"));
        String rep = row.findElement(By.cssSelector("th")).getText();
        Map<?, ?> repBar = ((List<?>) browser.jsonAsAdmin("GET",
                "/gadgets/bar/data?profile=1&kpi=win-rate&period=this-quarter", null).get("bars")).stream()
                .map(b -> (Map<?, ?>) b).filter(b -> rep.equals(b.get("label"))).findFirst().orElseThrow();
        int repWon = ((Number) repBar.get("numerator")).intValue();
        int repClosed = ((Number) repBar.get("denominator")).intValue();
        browser.screenshot("gadget-bar-win-rate");
        row.findElement(By.cssSelector("a.saleskpi-drill")).click();

        assertThat(browser.waitFor(By.cssSelector("#saleskpi-issues p.issues-about")).getText())
                .isEqualTo(String.format("%,d won of %,d closed, %s, %s", repWon, repClosed, rep, quarter));
        assertThat(browser.waitFor(By.cssSelector("table[data-total]")).getAttribute("data-total"))
                .isEqualTo(String.valueOf(repClosed));

        // A month of the line: its own counts, not the rate.
        browser.open("/dashboards/" + rates);
        Map<?, ?> line = (Map<?, ?>) ((List<?>) browser.jsonAsAdmin("GET",
                "/gadgets/line/data?profile=1&kpi=win-rate&period=this-quarter&bucket=month", null).get("series")).get(0);
        int monthWon = ((Number) ((List<?>) line.get("numerators")).get(0)).intValue();
        int monthClosed = ((Number) ((List<?>) line.get("denominators")).get(0)).intValue();
        WebElement month = ready("line").findElement(By.cssSelector("table.saleskpi-gadget-data tbody td a.saleskpi-drill"));
        assertThat(DrillDownAboutTest.about(month))
                .startsWith(monthClosed == 0 ? "no closed deals, "
                        : String.format("%,d won of %,d closed, ", monthWon, monthClosed));

        // The calculation's previous value drills into the previous quarter's closed deals.
        Map<String, Object> calculation = browser.jsonAsAdmin("GET",
                "/gadgets/calculation/data?profile=1&kpi=win-rate&period=this-quarter", null);
        int previousWon = ((Number) calculation.get("previousNumerator")).intValue();
        int previousClosed = ((Number) calculation.get("previousDenominator")).intValue();
        WebElement previous = ready("calculation").findElement(By.cssSelector(".saleskpi-previous"));
        String previousText = previous.getText();
        String previousQuarter = previousText.substring(previousText.lastIndexOf('(') + 1, previousText.length() - 1);
        previous.findElement(By.cssSelector("a.saleskpi-drill")).click();

        assertThat(browser.waitFor(By.cssSelector("#saleskpi-issues p.issues-about")).getText()).isEqualTo(
                previousClosed == 0 ? "no closed deals, " + previousQuarter
                        : String.format("%,d won of %,d closed, %s", previousWon, previousClosed, previousQuarter));
        assertThat(browser.waitFor(By.cssSelector("table[data-total]")).getAttribute("data-total"))
                .isEqualTo(String.valueOf(previousClosed));
        browser.assertNoConsoleErrors();
    }

    @Test
    void funnelForecastActivityAndGoalsDrillsSayWhatTheyShow() {
        browser.jsonAsAdmin("POST", "/goals", Map.of("project", "SALES", "name", "Deals in play",
                "targets", List.of(Map.of("name", "Open deals", "kind", "issues", "jql", "project = SALES"))));
        Map<String, Map<String, String>> gadgets = new LinkedHashMap<>();
        gadgets.put("funnel", Map.of("period", "this-year"));
        gadgets.put("forecast", Map.of("period", "this-quarter"));
        gadgets.put("completed", Map.of("period", "this-quarter", "bucket", "month"));
        gadgets.put("goals", Map.of());
        long drills = browser.dashboardWith("Every drill says what it shows", "one-column", gadgets);
        browser.signInAsAdmin();
        browser.open("/dashboards/" + drills);

        String funnel = DrillDownAboutTest.about(ready("funnel").findElement(By.cssSelector("tbody a.saleskpi-drill")));
        assertThat(funnel).matches("Reached [0-9,]+, .+, .+");
        assertThat(DrillDownAboutTest.about(ready("forecast").findElement(By.cssSelector("tbody a.saleskpi-drill"))))
                .matches("(Won|Commit|Best case|Pipeline) \\$[0-9,.]+, .+, .+");
        assertThat(DrillDownAboutTest.about(ready("completed").findElement(By.cssSelector("tbody a.saleskpi-drill"))))
                .matches("Completed [0-9,]+, .+, .+");
        WebElement goal = ready("goals").findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.findElement(By.cssSelector("th")).getText().equals("Deals in play")).findFirst()
                .orElseThrow();
        assertThat(DrillDownAboutTest.about(goal.findElement(By.cssSelector("a.saleskpi-drill[data-jql]"))))
                .isEqualTo("Issues behind the targets of Deals in play (1)");

        browser.driver().get(ready("funnel").findElement(By.cssSelector("tbody a.saleskpi-drill")).getAttribute("href"));
        assertThat(browser.waitFor(By.cssSelector("#saleskpi-issues p.issues-about")).getText()).isEqualTo(funnel);
        assertThat(browser.waitFor(By.cssSelector("#saleskpi-issues p.issues-back a")).getText())
                .isEqualTo("Back to the dashboard");
        browser.screenshot("page-issues-drill-down-funnel");
        browser.assertNoConsoleErrors();
    }

    private static WebElement ready(String type) {
        return browser.waitFor(By.cssSelector("section.saleskpi-gadget[data-gadget-type='" + type + "'][data-state=ready]"));
    }

    /** The dashboard open for the administrator, and its gadget of {@code type} drawn. */
    private static WebElement readyGadget(String type) {
        browser.signInAsAdmin();
        browser.open("/dashboards/" + dashboard);
        return browser.waitFor(By.cssSelector("section.saleskpi-gadget[data-gadget-type=" + type + "][data-state=ready]"));
    }

    /** The 1-based column of the field in the issue list's header. */
    private static int columnOf(String fieldId) {
        List<Map<String, Object>> fields = fields();
        String name = fields.stream().filter(f -> fieldId.equals(f.get("id"))).map(f -> (String) f.get("name"))
                .findFirst().orElseThrow();
        List<WebElement> headers = browser.driver().findElements(By.cssSelector("table[data-total] thead th"));
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).getText().equals(name)) {
                return i + 1;
            }
        }
        throw new AssertionError("no column " + name);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> fields() {
        return Json.gson().fromJson(browser.asAdmin("GET", "/fields", null).body(), List.class);
    }
}
