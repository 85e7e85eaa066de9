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
 * The letters inside Jira (ADR 0068, 0073): a goal folder's and a Jira dashboard's, computed as the subscriber
 * through the Jira adapters of {@link RestServices} (their browse permission, their issues) and, for a dashboard,
 * Jira's own sharing ({@link JiraDashboards}), with links under Jira's canonical base URL (SAL's
 * {@link ApplicationProperties}). The standalone server's dashboards (ADR 0019) do not exist here: a subscription to
 * one has no letter, and ends.
 */
public final class JiraLetters implements LetterSource {
    /** The goal list the app's servlet serves ({@code atlassian-plugin.xml}, servlet saleskpi-pages). */
    public static final String GOALS_PAGE = "/plugins/servlet/saleskpi/goals";
    /** The page the unsubscribe link opens, a servlet of its own open to readers signed out of Jira (ADR 0072). */
    public static final String UNSUBSCRIBE_PAGE = UnsubscribePageServlet.PATH;

    private final ApplicationProperties jira;
    private final FolderLetters folders;
    private final JiraDashboardLetters dashboards;

    @Inject
    public JiraLetters(RestServices services, ApplicationProperties jira, PluginSettingsSeal seal,
            JiraDashboards dashboards) {
        this.jira = jira;
        UnsubscribeLinks unsubscribe = new UnsubscribeLinks(seal, UNSUBSCRIBE_PAGE);
        Messages.Cache texts = new Messages.Cache(JiraLetters.class.getClassLoader());
        this.folders = new FolderLetters(services, unsubscribe, texts, GOALS_PAGE);
        this.dashboards = new JiraDashboardLetters(services, dashboards, unsubscribe, texts);
    }

    @Override
    public Optional<Letter> letter(Subscription subscription, ZonedDateTime when) {
        return switch (subscription.subject()) {
            case FOLDER -> folders.letter(subscription, when, baseUrl());
            case JIRA_DASHBOARD -> dashboards.letter(subscription, when, baseUrl());
            case DASHBOARD -> Optional.empty();
        };
    }

    /** The folder letters, whose browse rule the subscribe endpoint asks too. */
    public FolderLetters folders() {
        return folders;
    }

    /** Jira's page of dashboard {@code id}, the one its mails link to. */
    public String dashboardUrl(long id) {
        return baseUrl() + JiraDashboardLetters.DASHBOARD_PAGE + id;
    }

    private String baseUrl() {
        String base = jira.getBaseUrl(UrlMode.CANONICAL);
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
