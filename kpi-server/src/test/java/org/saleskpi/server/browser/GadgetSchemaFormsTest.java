package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.saleskpi.core.gadget.OptionKind;

/**
 * Every options form is drawn from its type's schema (GET /gadgets/types): each registry type's form
 * has a labelled field per option, and what the schema allows beyond today's fixed lists (a grouping
 * by a custom field, a figure other than a KPI's headline, a sort among the chosen figures) can be
 * chosen and saved.
 */
class GadgetSchemaFormsTest {
    @RegisterExtension
    static final Browser browser = new Browser();

    /** The demo's customer field, a text field: it can group. */
    private static final String CUSTOMER_GROUPING = "field:customfield_10020";

    @Test
    void theFormOfEveryRegistryTypeHasALabelledFieldPerOptionAndNoRawKey() {
        List<?> types = (List<?>) browser.jsonAsAdmin("GET", "/gadgets/types", null).get("types");
        // A goal for the types that show one (the battery draws nothing without).
        Map<String, Object> goal = browser.jsonAsAdmin("POST", "/goals", Map.of("project", "SALES",
                "name", "Forms goal", "targets", List.of(Map.of("name", "Calls made", "kind", "number",
                        "startValue", 0, "targetValue", 200))));
        long dashboard = dashboard("Every form");
        Map<String, Long> items = new LinkedHashMap<>();
        for (Object type : types) {
            String key = (String) ((Map<?, ?>) type).get("key");
            items.put(key, gadget(dashboard, key, Map.of("v", "1", "profile", "1", "goal", String.valueOf(id(goal.get("id"))))));
        }
        browser.signInAsAdmin();
        browser.open("/dashboards/" + dashboard);

        for (Object type : types) {
            Map<?, ?> schema = (Map<?, ?>) type;
            String key = (String) schema.get("key");
            WebElement form = configure(items.get(key), key);

            for (Object option : (List<?>) schema.get("options")) {
                String name = (String) ((Map<?, ?>) option).get("name");
                List<WebElement> rows = form.findElements(By.cssSelector(".saleskpi-field[data-field='" + name + "']"));
                assertThat(rows).as("%s: the field of %s", key, name).isNotEmpty();
                for (WebElement row : rows) {
                    List<WebElement> labels = row.findElements(By.cssSelector("label, legend"));
                    assertThat(labels).as("%s: the label of %s", key, name).isNotEmpty();
                    assertThat(labels.get(0).getText()).as("%s: the label of %s", key, name).isNotBlank()
                            .doesNotContain("saleskpi.");
                }
            }
            assertThat(form.getText()).as(key).doesNotContain("saleskpi.");
            form.findElement(By.cssSelector(".saleskpi-buttons button[type=button]")).click();
            browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form.saleskpi-gadget-form")));
        }
        browser.assertNoConsoleErrors();
    }

    @Test
    void everyOptionKindOfTheCoreHasAFormComponent() {
        browser.signInAsAdmin();
        browser.open("/dashboards");
        browser.waitFor(By.id("saleskpi-dashboards"));

        List<String> components = ((List<?>) browser.script("return Object.keys(SalesKpi.gadgetForm.components);"))
                .stream().map(String::valueOf).toList();

        assertThat(components).containsAll(Arrays.stream(OptionKind.values()).map(OptionKind::key).toList());
    }

    @Test
    void aBarGroupedByACustomFieldShowingAFigureOtherThanTheHeadlineIsChosenAndSaved() {
        long dashboard = dashboard("Custom grouping");
        long bar = gadget(dashboard, "bar", Map.of("v", "1", "profile", "1", "kpi", "won-revenue", "period", "this-year"));
        browser.signInAsAdmin();
        browser.open("/dashboards/" + dashboard);
        WebElement form = configure(bar, "bar");
        browser.waitUntil(d -> !form.findElements(
                By.cssSelector("select[name=kpi] option[value='won-revenue.count']")).isEmpty()
                && !form.findElements(By.cssSelector("select[name=groupBy] option[value='" + CUSTOMER_GROUPING + "']")).isEmpty());

        new Select(form.findElement(By.name("kpi"))).selectByValue("won-revenue.count");
        new Select(form.findElement(By.name("groupBy"))).selectByValue(CUSTOMER_GROUPING);
        assertThat(new Select(form.findElement(By.name("groupBy"))).getFirstSelectedOption().getText()).isEqualTo("Customer");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form.saleskpi-gadget-form")));

        Map<?, ?> saved = preferences(dashboard, bar);
        assertThat(saved.get("kpi")).isEqualTo("won-revenue.count");
        assertThat(saved.get("groupBy")).isEqualTo(CUSTOMER_GROUPING);
        WebElement drawn = browser.waitFor(By.cssSelector(
                "section.saleskpi-gadget[data-gadget-type=bar][data-state=ready]"));
        // One bar per customer, counted: the same as the API answers for these options.
        Map<String, Object> data = browser.jsonAsAdmin("GET", "/gadgets/bar/data?profile=1&kpi=won-revenue.count"
                + "&period=this-year&groupBy=" + CUSTOMER_GROUPING, null);
        assertThat(data.get("unit")).isEqualTo("count");
        List<?> bars = (List<?>) data.get("bars");
        assertThat(bars).isNotEmpty();
        assertThat(drawn.findElements(By.cssSelector("tbody tr"))).hasSize(bars.size());
        browser.assertNoConsoleErrors();
    }

    @Test
    void aTableSortsByAFigureOtherThanAHeadlineChosenAmongItsColumns() {
        long dashboard = dashboard("Sort among the figures");
        long table = gadget(dashboard, "table", Map.of("v", "1", "profile", "1", "kpi", "won-revenue", "period", "this-year"));
        browser.signInAsAdmin();
        browser.open("/dashboards/" + dashboard);
        WebElement form = configure(table, "table");
        WebElement count = browser.waitUntil(d -> form.findElements(
                By.cssSelector(".saleskpi-multi input[value='won-revenue.count']")).stream().findFirst().orElse(null));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", count);
        count.click();

        // The sort offers the chosen figures' columns (the headline's by its figure name), and nothing else.
        Select sort = new Select(form.findElement(By.name("sort")));
        browser.waitUntil(d -> sort.getOptions().size() == 3);
        assertThat(sort.getOptions()).extracting(o -> o.getAttribute("value"))
                .containsExactly("", "won-revenue.amount", "won-revenue.count");
        sort.selectByValue("won-revenue.count");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form.saleskpi-gadget-form")));

        Map<?, ?> saved = preferences(dashboard, table);
        assertThat(saved.get("kpi")).isEqualTo("won-revenue,won-revenue.count");
        assertThat(saved.get("sort")).isEqualTo("won-revenue.count");
        browser.waitFor(By.cssSelector("section.saleskpi-gadget[data-gadget-type=table][data-state=ready]"));
        browser.assertNoConsoleErrors();
    }

    /** Opens the options form of a dashboard item and waits until its KPI choices, if any, are loaded. */
    private static WebElement configure(long item, String type) {
        browser.gadgetAction(browser.waitFor(By.cssSelector("div.saleskpi-dashboard-item[data-item-id='" + item + "']")),
                "configure");
        WebElement form = browser.waitFor(By.cssSelector("form.saleskpi-gadget-form[data-gadget-type='" + type + "']"));
        browser.waitUntil(d -> form.findElements(By.cssSelector("select[name=kpi]")).isEmpty()
                || form.findElements(By.cssSelector("select[name=kpi] option")).size() > 1
                || !form.findElements(By.cssSelector(".saleskpi-multi input")).isEmpty());
        return form;
    }

    private static long dashboard(String name) {
        return id(browser.jsonAsAdmin("POST", "/dashboards", Map.of("name", name, "layout", "one-column")).get("id"));
    }

    private static long gadget(long dashboard, String type, Map<String, String> preferences) {
        return id(browser.jsonAsAdmin("POST", "/dashboards/" + dashboard + "/gadgets",
                Map.of("type", type, "column", 0, "position", 99, "preferences", preferences)).get("id"));
    }

    private static long id(Object id) {
        return ((Number) id).longValue();
    }

    private static Map<?, ?> preferences(long dashboard, long item) {
        Map<String, Object> stored = browser.jsonAsAdmin("GET", "/dashboards/" + dashboard, null);
        return ((List<?>) stored.get("gadgets")).stream().map(g -> (Map<?, ?>) g)
                .filter(g -> id(g.get("id")) == item).findFirst().map(g -> (Map<?, ?>) g.get("preferences"))
                .orElseThrow();
    }
}
