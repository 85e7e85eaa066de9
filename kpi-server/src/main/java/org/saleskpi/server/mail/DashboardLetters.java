package org.saleskpi.server.mail;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import org.saleskpi.core.dashboard.Dashboard;
import org.saleskpi.core.dashboard.DashboardRepository;
import org.saleskpi.core.user.Directory;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.server.dashboard.DashboardAccess;
import org.saleskpi.server.dashboard.Reach;
import org.saleskpi.web.mail.FigureSection;
import org.saleskpi.web.mail.GadgetFigures;
import org.saleskpi.web.mail.Letter;
import org.saleskpi.web.mail.LetterWriter;
import org.saleskpi.web.mail.Subscription;
import org.saleskpi.web.mail.UnsubscribeLinks;
import org.saleskpi.web.page.Messages;

/**
 * A dashboard subscription's mail at send time: every gadget of the dashboard in page order, computed as the
 * subscriber by {@link GadgetFigures}, in the subscriber's language, with the page's link and the unsubscribe link.
 * Empty when the dashboard is gone or the subscriber may no longer see it, or the subscriber no longer exists.
 */
public final class DashboardLetters {
    private final DashboardRepository dashboards;
    private final DashboardAccess reach;
    private final Directory directory;
    private final GadgetFigures gadgets;
    private final UnsubscribeLinks unsubscribe;
    private final Messages.Cache texts;

    public DashboardLetters(DashboardRepository dashboards, DashboardAccess reach, Directory directory,
            GadgetFigures gadgets, UnsubscribeLinks unsubscribe, Messages.Cache texts) {
        this.dashboards = dashboards;
        this.reach = reach;
        this.directory = directory;
        this.gadgets = gadgets;
        this.unsubscribe = unsubscribe;
        this.texts = texts;
    }

    public Optional<Letter> letter(Subscription subscription, ZonedDateTime when, String siteUrl) {
        Optional<UserRef> reader = directory.find(subscription.userKey());
        // The subscriber's own dashboard or one shared with them now (ADR 0061): an unshared one is sent no more.
        Optional<Dashboard> dashboard = reader.flatMap(user -> dashboards.get(subscription.subjectId())
                .filter(d -> reach.of(d, user).includes(Reach.VIEW)));
        if (reader.isEmpty() || dashboard.isEmpty()) {
            return Optional.empty();
        }
        Messages language = texts.get(subscription.language());
        // Gadgets in the order the page shows them at one column: by column, then position.
        List<FigureSection> sections = dashboards.gadgets(dashboard.get().id()).stream()
                .map(gadget -> gadgets.section(reader.get(), gadget.gadgetType(), gadget.preferencesJson(), language))
                .toList();
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.locale()).format(when);
        return Optional.of(new LetterWriter(language).write(subscription.address(), dashboard.get().name(), day,
                sections, siteUrl + "/dashboards/" + dashboard.get().id(),
                unsubscribe.link(siteUrl, subscription.id())));
    }
}
