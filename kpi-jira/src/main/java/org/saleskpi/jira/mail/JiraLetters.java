package org.saleskpi.jira.mail;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import jakarta.inject.Inject;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.saleskpi.jira.page.UnsubscribePageServlet;
import org.saleskpi.web.RestServices;
import org.saleskpi.web.mail.FolderLetters;
import org.saleskpi.web.mail.Letter;
import org.saleskpi.web.mail.LetterSource;
import org.saleskpi.web.mail.Subscription;
import org.saleskpi.web.mail.UnsubscribeLinks;
import org.saleskpi.web.page.Messages;

/**
 * The letters inside Jira (ADR 0068): a goal folder's, computed as the subscriber through the Jira adapters of
 * {@link RestServices} (their browse permission, their issues), with links under Jira's canonical base URL (SAL's
 * {@link ApplicationProperties}) to the app's goal page and unsubscribe page. Jira's own dashboards are not the app's
 * (the standalone server's dashboards are, ADR 0019), so a dashboard subscription has no letter here: subscribing to
 * one is refused, and one found anyway ends.
 */
public final class JiraLetters implements LetterSource {
    /** The goal list the app's servlet serves ({@code atlassian-plugin.xml}, servlet saleskpi-pages). */
    public static final String GOALS_PAGE = "/plugins/servlet/saleskpi/goals";
    /** The page the unsubscribe link opens, a servlet of its own open to readers signed out of Jira (ADR 0072). */
    public static final String UNSUBSCRIBE_PAGE = UnsubscribePageServlet.PATH;

    private final ApplicationProperties jira;
    private final FolderLetters folders;

    @Inject
    public JiraLetters(RestServices services, ApplicationProperties jira, PluginSettingsSeal seal) {
        this.jira = jira;
        this.folders = new FolderLetters(services, new UnsubscribeLinks(seal, UNSUBSCRIBE_PAGE),
                new Messages.Cache(JiraLetters.class.getClassLoader()), GOALS_PAGE);
    }

    @Override
    public Optional<Letter> letter(Subscription subscription, ZonedDateTime when) {
        return switch (subscription.subject()) {
            case FOLDER -> folders.letter(subscription, when, baseUrl());
            case DASHBOARD -> Optional.empty();
        };
    }

    /** The folder letters, whose browse rule the subscribe endpoint asks too. */
    public FolderLetters folders() {
        return folders;
    }

    private String baseUrl() {
        String base = jira.getBaseUrl(UrlMode.CANONICAL);
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
