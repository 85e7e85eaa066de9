package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The leaderboard says how its points are earned (from its own weights) and ranks reps only; who's behind lists the
 * reps furthest behind first by the manager's thresholds, the first few at once and "and K more" for the others, in
 * the REST API's order (issue 17).
 */
class RankedGadgetsTest {
    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void theLeaderboardSaysHowItsPointsAreEarnedAndRanksTheApisReps() {
        long dashboard = browser.dashboardWith("Points explained", "one-column", Map.of("leaderboard",
                Map.of("period", "last-quarter", "pointsPerWonDeal", "5", "amountUnit", "10000",
                        "pointsPerResolvedIssue", "0")));
        List<?> entries = (List<?>) browser.jsonAsAdmin("GET", "/gadgets/leaderboard/data?profile=1&period=last-quarter"
                + "&pointsPerWonDeal=5&pointsPerAmountUnit=1&amountUnit=10000&pointsPerResolvedIssue=0", null).get("entries");
        // The reps as every KPI groups them: whoever owns a deal in scope.
        List<?> reps = (List<?>) browser.jsonAsAdmin("GET", "/gadgets/table/data?profile=1&kpi=won-revenue"
                + "&period=last-quarter", null).get("rows");
        browser.signInAsAdmin();
        browser.open("/dashboards/" + dashboard);

        WebElement gadget = ready("leaderboard");
        assertThat(gadget.findElement(By.cssSelector("[data-explains=points]")).getText()).isEqualTo(
                "Points: 5 a won deal, 1 per $10,000.00 won. Only reps, who own a deal in the profile's scope, are ranked.");
        assertThat(gadget.findElement(By.cssSelector("thead abbr")).getAttribute("title"))
                .isEqualTo("Points: 5 a won deal, 1 per $10,000.00 won.");
        List<String> shown = gadget.findElements(By.cssSelector("tbody tr td:nth-child(2)")).stream()
                .map(WebElement::getText).toList();
        assertThat(shown).isEqualTo(entries.stream().map(e -> ((Map<?, ?>) e).get("displayName")).toList());
        assertThat(reps.stream().map(r -> (String) ((Map<?, ?>) r).get("label")).toList()).containsAll(shown);
        browser.screenshot(gadget, "leaderboard-points-explained");
        browser.assertNoConsoleErrors();
    }

    @Test
    void whosBehindShowsTheFurthestBehindFirstAndTheOthersOneClickAway() {
        long dashboard = browser.dashboardWith("Furthest behind", "one-column", Map.of("whos-behind",
                Map.of("shown", "2", "minLateItems", "3")));
        List<?> reps = (List<?>) browser.jsonAsAdmin("GET",
                "/gadgets/whos-behind/data?profile=1&shown=2&minLateItems=3", null).get("reps");
        assertThat(reps).as("the demo has more than two reps behind").hasSizeGreaterThan(2);
        assertThat(reps).allSatisfy(rep -> assertThat(((Number) ((Map<?, ?>) rep).get("lateItems")).intValue()
                + (((List<?>) ((Map<?, ?>) rep).get("targetsBehind")).isEmpty() ? 0 : 3)).isGreaterThanOrEqualTo(3));
        browser.signInAsAdmin();
        browser.open("/dashboards/" + dashboard);

        WebElement gadget = ready("whos-behind");
        assertThat(visibleReps(gadget)).isEqualTo(names(reps).subList(0, 2));
        assertThat(gadget.findElement(By.cssSelector("[data-explains=thresholds]")).getText())
                .isEqualTo("Furthest behind first: reps with 3 or more late items, or a target behind its pace.");
        WebElement more = gadget.findElement(By.cssSelector("[data-action=show-more]"));
        assertThat(more.getText()).isEqualTo("and " + (reps.size() - 2) + " more");
        browser.screenshot(gadget, "whos-behind-first-two");

        more.click();

        browser.waitUntil(d -> visibleReps(gadget).size() == reps.size());
        assertThat(visibleReps(gadget)).isEqualTo(names(reps));
        assertThat(gadget.findElements(By.cssSelector("[data-action=show-more]"))).isEmpty();
        browser.assertNoConsoleErrors();
    }

    private static List<String> visibleReps(WebElement gadget) {
        return gadget.findElements(By.cssSelector("tbody tr")).stream().filter(WebElement::isDisplayed)
                .map(row -> row.findElement(By.cssSelector("th")).getText()).toList();
    }

    private static List<String> names(List<?> reps) {
        return reps.stream().map(r -> (String) ((Map<?, ?>) r).get("displayName")).toList();
    }

    private static WebElement ready(String type) {
        return browser.waitFor(By.cssSelector("section.saleskpi-gadget[data-gadget-type='" + type + "'][data-state=ready]"));
    }
}
