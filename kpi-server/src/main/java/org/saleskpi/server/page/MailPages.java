package org.saleskpi.server.page;

import java.util.List;
import org.saleskpi.web.page.Page;
import org.saleskpi.web.page.Pages;

/** The standalone server's e-mail pages (ADR 0063); Jira has its own mail settings, and shares the last two (ADR 0072). */
public final class MailPages {
    /** {@code /admin/mail}: the SMTP settings, a test mail and the failed sends, for global administrators. */
    public static final Page ADMIN_MAIL = new Page("admin-mail", "saleskpi.page.adminMail.title", false, true,
            "admin-mail", false);
    /** {@code /subscriptions}: shared with the Jira app, the signed-in user's e-mail subscriptions. */
    public static final Page SUBSCRIPTIONS = Pages.SUBSCRIPTIONS;
    /** {@code /unsubscribe?token=}: shared with the Jira app, where a mail's unsubscribe link leads. */
    public static final Page UNSUBSCRIBE = Pages.UNSUBSCRIBE;

    public static final List<Page> ALL = List.of(ADMIN_MAIL, SUBSCRIPTIONS, UNSUBSCRIBE);

    private MailPages() {
    }
}
