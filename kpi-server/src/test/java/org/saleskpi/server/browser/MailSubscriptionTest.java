package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * E-mail as people use it, in Chromium against a real SMTP server (GreenMail): the administrator sets the SMTP
 * server on the E-mail page and sends a test mail; then subscribes to a dashboard from its page, sends it now from
 * "My e-mail subscriptions", receives the mail, whose figure is the data API's, and ends the subscription with the
 * mail's link in a browser that is not signed in.
 */
class MailSubscriptionTest {
    @RegisterExtension
    static final Browser browser = new Browser();

    private static GreenMail smtp;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void aSubscriptionMadeOnTheDashboardPageArrivesWithTheApisFiguresAndItsLinkEndsIt() throws Exception {
        browser.signInAsAdmin();
        settingsOnTheEmailPage();
        long dashboard = browser.dashboardWith("Sales by e-mail", "one-column", Map.of("calculation",
                Map.of("title", "Won this quarter", "kpi", "won-revenue", "period", "this-quarter")));

        browser.open("/dashboards/" + dashboard);
        browser.waitUntil(d -> !d.findElements(By.cssSelector("section.saleskpi-gadget[data-state=ready]")).isEmpty());
        browser.waitFor(By.cssSelector("[data-action=subscribe]")).click();
        WebElement dialog = browser.waitFor(By.cssSelector("form[data-dialog=subscribe]"));
        new Select(dialog.findElement(By.id("saleskpi-subscription-frequency"))).selectByValue("weekly");
        new Select(dialog.findElement(By.id("saleskpi-subscription-day"))).selectByValue("1");
        dialog.findElement(By.id("saleskpi-subscription-address")).sendKeys("not an address");
        dialog.findElement(By.cssSelector("[data-action=confirm-subscribe]")).click();
        WebElement addressError = browser.waitFor(By.cssSelector("[data-field=address] .saleskpi-field-error:not([hidden])"));
        assertThat(addressError.getText()).contains("not an e-mail address");
        assertThat(browser.consoleErrors()).describedAs("the refused subscription, and nothing else")
                .singleElement().asString().contains("400");
        dialog.findElement(By.id("saleskpi-subscription-address")).clear();
        dialog.findElement(By.id("saleskpi-subscription-address")).sendKeys("admin@example.com");
        browser.screenshot("mail-subscribe-dialog");
        dialog.findElement(By.cssSelector("[data-action=confirm-subscribe]")).click();
        browser.waitFor(By.cssSelector("[data-subscribed]"));

        browser.open("/subscriptions");
        WebElement row = browser.waitFor(By.cssSelector("tr[data-subscription-id]"));
        assertThat(row.getText()).contains("Sales by e-mail").contains("Every Monday at 08:00").contains("admin@example.com");
        browser.screenshot("mail-my-subscriptions");
        smtp.purgeEmailFromAllMailboxes();
        row.findElement(By.cssSelector("[data-action=send-now]")).click();
        assertThat(smtp.waitForIncomingEmail(Browser.WAIT.toMillis(), 1)).as("the mail arrives").isTrue();

        MimeMessage mail = smtp.getReceivedMessages()[0];
        Map<String, Object> won = browser.jsonAsAdmin("GET",
                "/gadgets/calculation/data?profile=1&kpi=won-revenue&period=this-quarter", null);
        Object value = won.get("value");
        // The amount with its currency, as the page writes it (ADR 0067).
        NumberFormat english = NumberFormat.getCurrencyInstance(Locale.ENGLISH);
        english.setCurrency(java.util.Currency.getInstance((String) won.get("currency")));
        String text = part(mail, "text/plain");
        assertThat(mail.getSubject()).startsWith("Sales KPI: Sales by e-mail");
        assertThat(text).contains("Won this quarter").contains("Value: " + english.format(((Number) value).doubleValue()));
        String html = part(mail, "text/html");
        browser.driver().get("data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8)
                .replace("+", "%20"));
        browser.screenshot("mail-received");

        String link = mail.getHeader("List-Unsubscribe")[0].replaceAll("^<|>$", "");
        assertThat(link).startsWith(browser.url("/unsubscribe?token="));
        browser.driver().get(browser.url("/"));
        browser.driver().manage().deleteAllCookies();
        browser.driver().get(link);
        WebElement done = browser.waitFor(By.cssSelector("[data-unsubscribed]"));
        assertThat(done.getAttribute("data-unsubscribed")).isEqualTo("true");
        assertThat(done.getText()).contains("Sales by e-mail");
        browser.screenshot("mail-unsubscribed");
        assertThat(browser.asAdmin("GET", "/subscriptions", null).body()).isEqualTo("[]");
        browser.assertNoConsoleErrors();
    }

    @Test
    void aGoalFolderSubscribedFromTheGoalsPageArrivesWithItsGoalsAsTheApiMeasuresThem() throws Exception {
        browser.signInAsAdmin();
        browser.jsonAsAdmin("PUT", "/admin/mail/settings", Map.of("host", "127.0.0.1", "port",
                smtp.getSmtp().getPort(), "startTls", false, "sender", "kpi@example.com", "siteUrl", browser.url("")));
        long folder = ((Number) browser.jsonAsAdmin("POST", "/folders", Map.of("project", "SALES",
                "name", "Mailed goals")).get("id")).longValue();
        Map<String, Object> goal = browser.jsonAsAdmin("POST", "/goals", Map.of("project", "SALES", "folderId", folder,
                "name", "Mailed demos", "dueDate", java.time.LocalDate.now().plusDays(60).toString(),
                "targets", java.util.List.of(Map.of("name", "Demos", "kind", "number", "startValue", 0,
                        "targetValue", 8))));
        long goalId = ((Number) goal.get("id")).longValue();

        browser.open("/goals?project=SALES&folder=" + folder);
        // The folder bar is drawn again when the roll-ups arrive: the button is clicked once they are in.
        browser.waitFor(By.cssSelector(".saleskpi-folder-bar .saleskpi-folder-progress"));
        browser.waitUntil(d -> {
            try {
                d.findElement(By.cssSelector("[data-action=subscribe-folder]")).click();
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return false;
            }
        });
        WebElement dialog = browser.waitFor(By.cssSelector("form[data-dialog=subscribe]"));
        dialog.findElement(By.id("saleskpi-subscription-address")).sendKeys("admin@example.com");
        assertThat(dialog.getText()).contains("Get this goal folder by e-mail");
        browser.screenshot("mail-subscribe-folder-dialog");
        dialog.findElement(By.cssSelector("[data-action=confirm-subscribe]")).click();
        long subscription = Long.parseLong(browser.waitFor(By.cssSelector("[data-subscribed]"))
                .getAttribute("data-subscribed"));
        browser.screenshot("mail-subscribed-folder");

        browser.open("/subscriptions");
        WebElement row = browser.waitFor(By.cssSelector("tr[data-subscription-id='" + subscription + "']"));
        assertThat(row.getText()).contains("Goal folder \"Mailed goals\"").contains("admin@example.com");
        smtp.purgeEmailFromAllMailboxes();
        row.findElement(By.cssSelector("[data-action=send-now]")).click();
        assertThat(smtp.waitForIncomingEmail(Browser.WAIT.toMillis(), 1)).as("the mail arrives").isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        Map<String, Object> measured = browser.jsonAsAdmin("GET", "/goals/" + goalId, null);
        String text = part(mail, "text/plain");
        assertThat(mail.getSubject()).startsWith("Sales KPI: Mailed goals");
        assertThat(text).contains("Mailed demos").contains("Demos | 0 | 8 | 0%")
                .contains("Progress: " + Math.round(((Number) measured.get("progress")).doubleValue() * 100) + "%")
                .contains(browser.url("/goals?project=SALES&folder=" + folder));
        String html = part(mail, "text/html");
        browser.driver().get("data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8)
                .replace("+", "%20"));
        browser.screenshot("mail-received-folder");
        browser.asAdmin("DELETE", "/subscriptions/" + subscription, null);
        assertThat(browser.asAdmin("GET", "/subscriptions", null).body()).isEqualTo("[]");
    }

    /** The SMTP settings typed into the E-mail page, and its test mail. */
    private static void settingsOnTheEmailPage() throws Exception {
        browser.open("/admin/mail");
        WebElement form = browser.waitFor(By.cssSelector("form[data-section=smtp]"));
        form.findElement(By.name("host")).sendKeys("127.0.0.1");
        WebElement port = form.findElement(By.name("port"));
        port.clear();
        port.sendKeys(String.valueOf(smtp.getSmtp().getPort()));
        WebElement startTls = form.findElement(By.name("startTls"));
        if (startTls.isSelected()) {
            startTls.click();
        }
        form.findElement(By.name("sender")).sendKeys("kpi@example.com");
        form.findElement(By.cssSelector("[data-action=save-smtp]")).click();
        browser.waitUntil(d -> form.getText().contains("The SMTP settings are saved."));

        WebElement test = browser.waitFor(By.cssSelector("form[data-section=test]"));
        test.findElement(By.name("address")).sendKeys("admin@example.com");
        test.findElement(By.cssSelector("[data-action=send-test]")).click();
        WebElement result = browser.waitFor(By.cssSelector("[data-result=test][data-sent]"));
        assertThat(result.getAttribute("data-sent")).as(result.getText()).isEqualTo("true");
        assertThat(smtp.waitForIncomingEmail(Browser.WAIT.toMillis(), 1)).isTrue();
        browser.screenshot("mail-admin-settings");
    }

    private static String part(MimeMessage mail, String type) throws Exception {
        MimeMultipart alternative = (MimeMultipart) mail.getContent();
        for (int i = 0; i < alternative.getCount(); i++) {
            BodyPart part = alternative.getBodyPart(i);
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }
}
