package org.saleskpi.server.browser;

import java.nio.file.Path;
import org.openqa.selenium.By;

/** The import page's first steps as the administrator takes them, shared by the import page's browser tests. */
final class ImportPageSteps {
    private ImportPageSteps() {
    }

    /** Signs in as the administrator, lands on the import page and chooses {@code file}; nothing is checked yet. */
    static void signInAndChoose(Browser browser, Path file) {
        browser.open("/login?next=%2Fimport");
        browser.signInAsAdmin();
        browser.waitForLocation("/import");
        browser.waitFor(By.cssSelector("[data-guide]"));
        browser.driver().findElement(By.cssSelector("form[data-form=import] input[type=file]"))
                .sendKeys(file.toAbsolutePath().toString());
    }
}
