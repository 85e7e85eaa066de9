package org.saleskpi.server.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class JiraCredentialsTest {

    @Test
    void basicIsTheBase64OfEmailColonToken() {
        // RFC 7617's own example: "Aladdin:open sesame" -> QWxhZGRpbjpvcGVuIHNlc2FtZQ==
        assertThat(new JiraCredentials.Basic("Aladdin", "open sesame").authorization())
                .isEqualTo("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
        assertThat(new JiraCredentials.Bearer("pat-123").authorization()).isEqualTo("Bearer pat-123");
    }

    @Test
    void noToStringShowsTheSecret() {
        JiraCredentials basic = new JiraCredentials.Basic("ann@example.com", "open sesame");
        JiraCredentials bearer = new JiraCredentials.Bearer("pat-secret-4711");
        assertThat(basic.toString()).contains("ann@example.com").doesNotContain("open sesame")
                .doesNotContain("QWxhZGRpbjpvcGVuIHNlc2FtZQ");
        assertThat(bearer.toString()).doesNotContain("pat-secret-4711");
        assertThat(new JiraSite(URI.create("https://example.atlassian.net"), JiraKind.CLOUD, basic).toString())
                .contains("example.atlassian.net").doesNotContain("open sesame");
        assertThat(new JiraSite(URI.create("https://jira.example.com"), JiraKind.DATA_CENTER, bearer).toString())
                .doesNotContain("pat-secret-4711");
    }
}
