package org.saleskpi.server.mail;

import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.saleskpi.core.dashboard.DashboardRepository;
import org.saleskpi.server.cluster.ClusterLock;
import org.saleskpi.server.connect.SecretBox;
import org.saleskpi.server.dashboard.DashboardAccess;
import org.saleskpi.web.RestServices;
import org.saleskpi.web.mail.FolderLetters;
import org.saleskpi.web.mail.GadgetFigures;
import org.saleskpi.web.mail.UnsubscribeLinks;
import org.saleskpi.web.page.Messages;

/** The e-mail parts of the standalone server, wired over its database: the REST resources and the schedule. */
public record MailWiring(List<Object> resources, MailScheduler scheduler) {

    public static MailWiring wire(DataSource dataSource, SecretBox secrets, RestServices services,
            DashboardRepository dashboards, DashboardAccess reach, ClusterLock lock, Clock clock) {
        MailTables tables = new MailTables(dataSource);
        tables.createSchema();
        Messages.Cache texts = new Messages.Cache(MailWiring.class.getClassLoader());
        MailSettingsStore settings = new MailSettingsStore(tables, secrets);
        Subscriptions subscriptions = new Subscriptions(tables, clock);
        UnsubscribeLinks unsubscribe = new UnsubscribeLinks(new SecretBoxSeal(secrets), UnsubscribeLinks.PAGE);
        SmtpMailer mailer = new SmtpMailer(clock);
        DashboardLetters letters = new DashboardLetters(dashboards, reach, services.directory(),
                new GadgetFigures(services), unsubscribe, texts);
        FolderLetters folderLetters = new FolderLetters(services, unsubscribe, texts, "/goals");
        MailScheduler scheduler = new MailScheduler(subscriptions, settings, letters, folderLetters, mailer, lock,
                clock);
        return new MailWiring(List.of(
                new SubscriptionResource(services.access(), dashboards, reach, services.folders(), folderLetters,
                        subscriptions, scheduler, unsubscribe),
                new MailAdminResource(services.access(), settings, mailer, subscriptions, texts)), scheduler);
    }
}
