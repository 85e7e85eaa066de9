package org.saleskpi.jira.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one node tells the others about issues through Jira's cluster messages: these issues were deleted, or moved to
 * another project or key. Written as a letter and the ids, {@code D10001,10002} or {@code M10003}, in as many messages
 * as it takes to keep each within {@link #MAX_LENGTH} characters (ClusterMessagingService.sendRemote's limit).
 */
public record IssueNotice(Kind kind, List<Long> issueIds) {
    /** The most characters one cluster message may hold (ClusterMessagingService javadoc, jira-api 6.3+). */
    public static final int MAX_LENGTH = 200;

    public enum Kind {
        DELETED('D'), MOVED('M');

        private final char letter;

        Kind(char letter) {
            this.letter = letter;
        }
    }

    public IssueNotice {
        Objects.requireNonNull(kind, "kind");
        issueIds = List.copyOf(issueIds);
    }

    /** The notice as cluster messages, each at most {@link #MAX_LENGTH} characters, every id in exactly one. */
    public List<String> messages() {
        List<String> messages = new ArrayList<>();
        StringBuilder message = new StringBuilder().append(kind.letter);
        for (Long id : issueIds) {
            String text = Long.toString(id);
            boolean first = message.length() == 1;
            if (message.length() + (first ? 0 : 1) + text.length() > MAX_LENGTH) {
                messages.add(message.toString());
                message = new StringBuilder().append(kind.letter);
                first = true;
            }
            message.append(first ? "" : ",").append(text);
        }
        if (message.length() > 1) {
            messages.add(message.toString());
        }
        return messages;
    }

    /** The notice a message carries; empty for anything this version did not write (another version's format). */
    public static Optional<IssueNotice> parse(String message) {
        if (message == null || message.length() < 2) {
            return Optional.empty();
        }
        Kind kind = null;
        for (Kind candidate : Kind.values()) {
            if (candidate.letter == message.charAt(0)) {
                kind = candidate;
            }
        }
        if (kind == null) {
            return Optional.empty();
        }
        List<Long> ids = new ArrayList<>();
        for (String id : message.substring(1).split(",", -1)) {
            if (!id.matches("[0-9]{1,18}")) {
                return Optional.empty();
            }
            ids.add(Long.parseLong(id));
        }
        return Optional.of(new IssueNotice(kind, ids));
    }
}
