package org.saleskpi.jira.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.MailQueueItem;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.mail.server.SMTPMailServer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.gadget.Node;
import org.saleskpi.web.mail.DatasetText;
import org.saleskpi.web.mail.FigureSection;
import org.saleskpi.web.mail.Letter;
import org.saleskpi.web.mail.LetterWriter;
import org.saleskpi.web.page.Messages;

/**
 * The Jira host's path of a subscription mail: a gadget's dataset written as a letter in the subscriber's language
 * (Japanese, from the bundles Jira loads), then queued on Jira's mail queue as one {@link SingleMailQueueItem} from
 * the default SMTP server's sender. The queue here records what it is given, as Jira's holds it until it sends.
 */
class JiraMailQueueTest {
    private static final List<String> JIRA_BUNDLES = List.of("common", "gadgets", "goals", "admin");

    private final List<MailQueueItem> queued = new ArrayList<>();
    private final MailQueue queue = new MailQueue() {
        @Override
        public void addItem(MailQueueItem item) {
            queued.add(item);
        }

        @Override
        public int size() {
            return queued.size();
        }
    };

    @Test
    void aLetterInJapaneseIsQueuedAsOneHtmlMailFromJirasSender() {
        Messages japanese = Messages.load(Locale.JAPANESE, JIRA_BUNDLES, getClass().getClassLoader());
        Node.Fields dataset = Node.fields().put("type", "calculation").put("value", new BigDecimal("3450"))
                .put("period", Node.period(new org.saleskpi.core.period.Period(java.time.LocalDate.of(2024, 3, 1),
                        java.time.LocalDate.of(2024, 4, 1))));
        FigureSection section = new DatasetText(japanese).section("受注額", dataset);
        Letter letter = new LetterWriter(japanese).write("rep@example.com", "週次営業", "2026/12/07", List.of(section),
                "https://jira.example.com/secure/Dashboard.jspa", "https://jira.example.com/unsubscribe?token=abc");
        SMTPMailServer server = () -> "jira@example.com";

        boolean sent = new JiraMailQueue(queue, () -> server).queue(letter);

        assertThat(sent).isTrue();
        assertThat(queued).hasSize(1);
        Email email = ((SingleMailQueueItem) queued.get(0)).getEmail();
        assertThat(email.getTo()).isEqualTo("rep@example.com");
        assertThat(email.getFrom()).isEqualTo("jira@example.com");
        assertThat(email.getSubject()).isEqualTo("Sales KPI: 週次営業（2026/12/07）");
        assertThat(email.getMimeType()).isEqualTo("text/html");
        assertThat(email.getEncoding()).isEqualTo("UTF-8");
        assertThat(email.getBody()).contains("受注額").contains(">値</th>").contains(">3,450</td>")
                .contains("購読を解除").contains("href=\"https://jira.example.com/unsubscribe?token=abc\"")
                .doesNotContain("jql");
        assertThat(email.getHeaders()).containsEntry("List-Unsubscribe", "<https://jira.example.com/unsubscribe?token=abc>");
    }

    @Test
    void withoutAnOutgoingMailServerNothingIsQueued() {
        Letter letter = new Letter("rep@example.com", "s", "<p>h</p>", "t", "");

        assertThat(new JiraMailQueue(queue, () -> null).queue(letter)).isFalse();
        assertThat(queued).isEmpty();
    }
}
