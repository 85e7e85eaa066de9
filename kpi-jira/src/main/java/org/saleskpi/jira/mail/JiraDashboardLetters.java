package org.saleskpi.jira.mail;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.web.RestServices;
import org.saleskpi.web.mail.FigureSection;
import org.saleskpi.web.mail.GadgetFigures;
import org.saleskpi.web.mail.Letter;
import org.saleskpi.web.mail.LetterWriter;
import org.saleskpi.web.mail.Subscription;
import org.saleskpi.web.mail.UnsubscribeLinks;
import org.saleskpi.web.page.Messages;

/**
 * A Jira dashboard subscription's mail at send time (ADR 0073): every one of the app's items on the dashboard, in
 * page order, computed as the subscriber from the preferences the item saved, by the same {@link GadgetFigures} as
 * the server's dashboard mails (so the same gadget registry and data code the items' REST calls use). An item the
 * subscriber may not see is a notice; a dashboard they may no longer see has no letter, so the subscription ends.
 */
final class JiraDashboardLetters {
    /** Jira's dashboard page; {@code selectPageId} opens one dashboard. */
    static final String DASHBOARD_PAGE = "/secure/Dashboard.jspa?selectPageId=";

    private final RestServices services;
    private final JiraDashboards dashboards;
    private final GadgetFigures gadgets;
    private final UnsubscribeLinks unsubscribe;
    private final Messages.Cache texts;

    JiraDashboardLetters(RestServices services, JiraDashboards dashboards, UnsubscribeLinks unsubscribe,
            Messages.Cache texts) {
        this.services = services;
        this.dashboards = dashboards;
        this.gadgets = new GadgetFigures(services);
        this.unsubscribe = unsubscribe;
        this.texts = texts;
    }

    Optional<Letter> letter(Subscription subscription, ZonedDateTime when, String baseUrl) {
        Optional<UserRef> reader = services.directory().find(subscription.userKey());
        Optional<JiraDashboards.Seen> dashboard = reader.flatMap(user ->
                dashboards.seenBy(user.key(), subscription.subjectId()));
        if (reader.isEmpty() || dashboard.isEmpty()) {
            return Optional.empty();
        }
        Messages language = texts.get(subscription.language());
        List<FigureSection> sections = dashboard.get().items().stream()
                .map(item -> gadgets.section(reader.get(), item.gadgetType(), item.preferences(), language))
                .toList();
        if (sections.isEmpty()) {
            // Said, not an empty mail: the items may have been removed, or not saved since the app named their type.
            sections = List.of(FigureSection.withNotice(dashboard.get().name(),
                    language.getText("saleskpi.mail.jiraDashboard.noItems")));
        }
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.locale()).format(when);
        return Optional.of(new LetterWriter(language).write(subscription.address(), dashboard.get().name(), day,
                sections, baseUrl + DASHBOARD_PAGE + dashboard.get().id(),
                unsubscribe.link(baseUrl, subscription.id())));
    }
}
