package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The login page in a real browser: signing in, being sent back where one was going, and refusals. */
class LoginPageTest {
    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void signingInReturnsToTheNextPage() {
        browser.user("lena", "Lena Login");
        browser.open("/login?next=%2Fprofiles%3Fshow%3Dall");

        browser.signIn("lena", Browser.PASSWORD);

        assertThat(browser.location()).isEqualTo("/profiles?show=all");
    }

    @Test
    void aVisitorWhoIsNotSignedInIsAskedToSignInAndThenSeesThePageTheyAskedFor() {
        browser.user("gina", "Gina Goals");
        browser.open("/goals");

        assertThat(browser.location()).isEqualTo("/login?next=%2Fgoals");

        browser.signIn("gina", Browser.PASSWORD);
        assertThat(browser.location()).isEqualTo("/goals");
    }

    @Test
    void aWrongPasswordIsSaidAtTheFormAndKeepsTheVisitorOnTheLoginPage() {
        browser.user("walt", "Walt Wrong");
        browser.open("/login?next=%2Fgoals");

        browser.fillLoginForm("walt", "not the password");

        WebElement error = browser.waitFor(By.id("login-error"));
        assertThat(error.getText()).isEqualTo("The username or password is wrong.");
        assertThat(error.getAttribute("role")).isEqualTo("alert");
        assertThat(browser.driver().findElement(By.id("login-password")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.driver().findElement(By.id("login-password")).getAttribute("aria-describedby"))
                .isEqualTo("login-error");
        assertThat(browser.location()).isEqualTo("/login?next=%2Fgoals");
    }

    @Test
    void aNextPageOnAnotherSiteIsIgnored() {
        browser.user("otto", "Otto Offsite");
        browser.open("/login?next=%2F%2Fexample.org%2Fphish");

        browser.signIn("otto", Browser.PASSWORD);

        assertThat(browser.base() + browser.location()).isEqualTo(browser.url("/"));
    }

    @Test
    void theLoginPageLoadsWithoutAnyConsoleErrorAndIsSavedAsAScreenshot() throws Exception {
        browser.open("/login");
        browser.waitFor(By.id("login-form"));

        browser.assertNoConsoleErrors();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("login-username");
        assertThat(Files.size(browser.screenshot("login"))).isGreaterThan(1000);
    }

    @Test
    void signingOutEndsTheSessionAndShowsTheLoginPage() {
        browser.user("sid", "Sid Signout");
        browser.open("/login?next=%2Fissues");
        browser.signIn("sid", Browser.PASSWORD);

        browser.waitFor(By.id("saleskpi-sign-out")).click();

        browser.waitForLocation("/login");
        browser.open("/goals");
        assertThat(browser.location()).isEqualTo("/login?next=%2Fgoals");
    }

    @Test
    void theNavigationShowsTheSignedInUserAndOffersUsersToGlobalAdminsOnly() {
        browser.user("nora", "Nora <Nav> & Co");
        browser.open("/login?next=%2Fissues");
        browser.signIn("nora", Browser.PASSWORD);

        assertThat(browser.waitFor(By.id("saleskpi-user-name")).getText()).isEqualTo("Nora <Nav> & Co");
        assertThat(browser.driver().findElements(By.cssSelector(".top-bar-nav a[href='/admin/users']"))).isEmpty();
        assertThat(browser.driver().findElement(By.cssSelector(".top-bar-nav a[aria-current='page']")).getText())
                .isEqualTo("Issues");

        browser.driver().manage().deleteAllCookies();
        browser.open("/login?next=%2Fissues");
        browser.signInAsAdmin();
        assertThat(browser.driver().findElements(By.cssSelector(".top-bar-nav a[href='/admin/users']"))).hasSize(1);
        browser.screenshot("shell-admin");
    }
}
