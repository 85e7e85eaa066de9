package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The pipeline part of the KPI profile form in a real browser: stages added, ordered and saved with their win
 * probabilities typed as percentages, and a wrong percentage named at its stage.
 */
class ProfilePipelineFormTest {
    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void stagesAreAddedOrderedAndSavedAndAWrongPercentageIsShownAtItsStage() {
        browser.signInAsAdmin();
        // A copy of the demo profile, so the tests sharing the server keep theirs.
        Map<String, Object> copy = demoCopy("Pipeline from the browser");
        String id = idOf(browser.jsonAsAdmin("POST", "/profiles", copy));
        @SuppressWarnings("unchecked")
        String costField = (String) ((Map<String, Object>) copy.get("fields")).get("cost");

        browser.open("/profiles/" + id);
        WebElement form = browser.waitFor(By.cssSelector("form[data-form=profile]"));
        addStage(form, 0, "Prospecting", "10");
        addStage(form, 1, "Negotiation", "60");
        addStage(form, 2, "Proposal", "35");
        // Proposal comes before Negotiation: move the third stage up one place.
        form.findElement(By.cssSelector("li[data-stage='2'] [data-action=stage-up]")).click();
        new Select(form.findElement(By.name("probabilityField"))).selectByValue(costField);
        browser.screenshot("page-profile-stages");
        form.findElement(By.cssSelector("[data-action=save]")).click();

        browser.waitFor(By.cssSelector(".status .message-success"));
        Map<String, Object> saved = browser.jsonAsAdmin("GET", "/profiles/" + id, null);
        assertThat(saved.get("stages")).isEqualTo(List.of(stage("Prospecting", 0.1), stage("Proposal", 0.35),
                stage("Negotiation", 0.6)));
        assertThat(saved.get("probabilityField")).isEqualTo(costField);
        // The redrawn form shows the stored fractions as percentages again, next to their unit.
        form = browser.waitFor(By.cssSelector("form[data-form=profile]"));
        WebElement proposal = form.findElement(By.name("stages[1].probability"));
        assertThat(new Select(form.findElement(By.name("stages[1].status"))).getFirstSelectedOption().getText())
                .isEqualTo("Proposal");
        assertThat(proposal.getAttribute("value")).isEqualTo("35");
        assertThat(form.findElement(By.cssSelector("[data-field='stages[1].probability'] .unit")).getText())
                .isEqualTo("%");
        browser.assertNoConsoleErrors();

        proposal.clear();
        proposal.sendKeys("150");
        form.findElement(By.cssSelector("[data-action=save]")).click();

        WebElement error = browser.waitFor(By.cssSelector("[data-field='stages[1].probability'] .field-error:not([hidden])"));
        // In plain words at its stage, without the field's internal name.
        assertThat(error.getText()).contains("0 %").contains("100 %").doesNotContain("stages[");
        assertThat(proposal.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(form.findElements(By.cssSelector("[data-field='stages[0].probability'] .field-error:not([hidden])")))
                .isEmpty();
        browser.screenshot("page-profile-stage-error");
        // Nothing of the refused change is stored.
        assertThat(browser.jsonAsAdmin("GET", "/profiles/" + id, null)).isEqualTo(saved);
        // The refused save is the one console entry: the browser logs the 400 answer.
        assertThat(browser.consoleErrors()).hasSize(1).allSatisfy(entry -> assertThat(entry).contains("400"));

        assertThat(browser.asAdmin("DELETE", "/profiles/" + id, null).statusCode()).isEqualTo(204);
    }

    @Test
    void optionsAreMappedToCategoriesOnceTheFieldIsChosen() {
        browser.signInAsAdmin();
        String field = (String) browser.jsonAsAdmin("POST", "/fields",
                Map.of("name", "Forecast category (form test)", "type", "option")).get("id");
        String id = idOf(browser.jsonAsAdmin("POST", "/profiles", demoCopy("Forecast from the browser")));

        browser.open("/profiles/" + id);
        WebElement form = browser.waitFor(By.cssSelector("form[data-form=profile]"));
        form.findElement(By.cssSelector("[data-action=add-option]")).click();
        form.findElement(By.name("forecastCategories[0].option")).sendKeys("Upside");
        new Select(form.findElement(By.name("forecastCategories[0].category"))).selectByValue("best-case");
        form.findElement(By.cssSelector("[data-action=save]")).click();

        // Options without their field: the mapping is refused as a whole, at the mapping.
        WebElement error = browser.waitFor(By.cssSelector("[data-field=forecastCategories] .field-error:not([hidden])"));
        assertThat(error.getText()).contains("Choose the forecast category field before mapping its options");
        assertThat(browser.jsonAsAdmin("GET", "/profiles/" + id, null).get("forecastCategories")).isEqualTo(Map.of());
        browser.consoleErrors(); // the refused save's 400

        new Select(form.findElement(By.name("forecastCategoryField"))).selectByValue(field);
        form.findElement(By.cssSelector("[data-action=save]")).click();
        browser.waitFor(By.cssSelector(".status .message-success"));
        Map<String, Object> saved = browser.jsonAsAdmin("GET", "/profiles/" + id, null);
        assertThat(saved.get("forecastCategoryField")).isEqualTo(field);
        assertThat(saved.get("forecastCategories")).isEqualTo(Map.of("Upside", "best-case"));
        form = browser.waitFor(By.cssSelector("form[data-form=profile]"));
        assertThat(form.findElement(By.name("forecastCategories[0].option")).getAttribute("value")).isEqualTo("Upside");
        browser.screenshot("page-profile-forecast");
        browser.assertNoConsoleErrors();

        assertThat(browser.asAdmin("DELETE", "/profiles/" + id, null).statusCode()).isEqualTo(204);
    }

    /** The demo profile's body under another name, without pipeline settings, for a profile a test may change. */
    private static Map<String, Object> demoCopy(String name) {
        Map<String, Object> copy = new LinkedHashMap<>(browser.jsonAsAdmin("GET", "/profiles/1", null));
        copy.keySet().removeAll(List.of("id", "version", "stages", "probabilityField", "forecastCategoryField",
                "forecastCategories"));
        copy.put("name", name);
        return copy;
    }

    private static void addStage(WebElement form, int index, String status, String percent) {
        form.findElement(By.cssSelector("[data-action=add-stage]")).click();
        new Select(form.findElement(By.name("stages[" + index + "].status"))).selectByValue(status);
        form.findElement(By.name("stages[" + index + "].probability")).sendKeys(percent);
    }

    private static Map<String, Object> stage(String status, double probability) {
        return Map.of("status", status, "probability", probability);
    }

    private static String idOf(Map<String, Object> profile) {
        return String.valueOf(((Number) profile.get("id")).longValue());
    }
}
