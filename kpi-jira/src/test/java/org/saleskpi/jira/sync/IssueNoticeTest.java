package org.saleskpi.jira.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class IssueNoticeTest {

    @Test
    void aNoticeIsALetterAndTheIds() {
        assertThat(new IssueNotice(IssueNotice.Kind.DELETED, List.of(10_001L, 10_002L)).messages())
                .containsExactly("D10001,10002");
        assertThat(new IssueNotice(IssueNotice.Kind.MOVED, List.of(10_003L)).messages()).containsExactly("M10003");
        assertThat(new IssueNotice(IssueNotice.Kind.MOVED, List.of()).messages()).isEmpty();
    }

    /**
     * 40 ids of 5 digits: a message holds the letter and k ids in 1 + 5k + (k - 1) = 6k characters, so at most 33 ids
     * (198 characters) fit in 200; the other 7 go in a second message of 42 characters.
     */
    @Test
    void manyIdsGoInAsManyMessagesAsTheLimitNeedsAndReadBackWhole() {
        List<Long> ids = LongStream.rangeClosed(10_000, 10_039).boxed().toList();

        List<String> messages = new IssueNotice(IssueNotice.Kind.DELETED, ids).messages();

        assertThat(messages).hasSize(2);
        assertThat(messages.get(0)).hasSize(198);
        assertThat(messages.get(1)).hasSize(42);
        assertThat(messages).allSatisfy(message -> assertThat(message).hasSizeLessThanOrEqualTo(200));
        List<Long> read = new ArrayList<>();
        messages.forEach(message -> read.addAll(IssueNotice.parse(message).orElseThrow().issueIds()));
        assertThat(read).isEqualTo(ids);
    }

    @Test
    void aMessageThisVersionDidNotWriteIsIgnored() {
        assertThat(IssueNotice.parse("D10001,10002")).contains(
                new IssueNotice(IssueNotice.Kind.DELETED, List.of(10_001L, 10_002L)));
        assertThat(IssueNotice.parse(null)).isEmpty();
        assertThat(IssueNotice.parse("D")).isEmpty();
        assertThat(IssueNotice.parse("X10001")).isEmpty();
        assertThat(IssueNotice.parse("D10001,")).isEmpty();
        assertThat(IssueNotice.parse("D10001;DROP")).isEmpty();
        assertThat(IssueNotice.parse("M-1")).isEmpty();
    }
}
