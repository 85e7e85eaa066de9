package org.saleskpi.jira.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.web.ContextProvider;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.saleskpi.core.goal.IssueTargets;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.web.RestServices;
import org.saleskpi.web.page.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the issue view's "My sales targets" panel ({@code saleskpi/jira/templates/issue-targets.vm}) shows: the
 * viewing user's own targets the issue counts toward ({@link IssueTargets}), as rows in the user's language.
 * Jira names this class in the web panel's {@code <context-provider>} and builds it with the plugin's Spring
 * context; implementing Jira's ContextProvider is that plugin point's contract, the one Jira interface the app
 * implements. The template gets {@code saleskpiTargets} (the rows), {@code saleskpiEmpty}, {@code saleskpiFailed}
 * and {@code saleskpiText} ({@link IssueTargetTexts}), beside what Jira put in the context; it calls no method with
 * arguments (Jira's Velocity allowlist, atlassian-plugin.xml).
 */
public final class IssueTargetsPanel implements ContextProvider {
    private static final Logger LOG = LoggerFactory.getLogger(IssueTargetsPanel.class);

    private final RestServices services;
    private final JiraAuthenticationContext authentication;
    private final IssueTargets issueTargets;
    private final Messages.Cache messages = new Messages.Cache(IssueTargetsPanel.class.getClassLoader());

    /** Built by the plugin's Spring context through its one constructor, by type. */
    public IssueTargetsPanel(RestServices services, JiraAuthenticationContext authentication) {
        this.services = Objects.requireNonNull(services, "services");
        this.authentication = Objects.requireNonNull(authentication, "authentication");
        this.issueTargets = new IssueTargets(services.access(), services.issues(), services.profiles(),
                services.goals(), services.clock());
    }

    @Override
    public void init(Map<String, String> params) {
        // The panel takes no parameters.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Locale locale = language(authentication.getLocale());
        Messages texts = messages.get(locale);
        List<IssueTargetRow> rows = List.of();
        boolean failed = false;
        Optional<UserRef> viewer = services.access().currentUser();
        if (context.get("issue") instanceof Issue issue && viewer.isPresent()) {
            try {
                rows = issueTargets.of(IssueTargets.issueKey(issue.getKey(), "issue"), viewer.get())
                        .orElse(List.of()).stream().map(counted -> IssueTargetRow.of(counted, texts, locale)).toList();
            } catch (InvalidInputException e) {
                rows = List.of();
            } catch (RuntimeException e) {
                // The issue view must still open; the panel says the targets could not be measured.
                LOG.warn("The targets of issue {} could not be measured", issue.getKey(), e);
                failed = true;
            }
        }
        Map<String, Object> panel = new HashMap<>(context);
        panel.put("saleskpiTargets", rows);
        panel.put("saleskpiEmpty", rows.isEmpty());
        panel.put("saleskpiFailed", failed);
        panel.put("saleskpiText", new IssueTargetTexts(texts));
        return panel;
    }

    /** The user's language when the app has its texts, else English; formats follow the same language. */
    private static Locale language(Locale locale) {
        return locale != null && Messages.LANGUAGES.contains(locale.getLanguage()) ? locale : Locale.ENGLISH;
    }
}
