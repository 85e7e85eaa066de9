package org.saleskpi.server.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class SiteUrlTest {

    @Test
    void aSiteIsStoredWithoutTrailingSlashAndWithItsContextPath() {
        assertThat(SiteUrl.parse(" https://Acme.Atlassian.net/ ").url()).contains(URI.create("https://acme.atlassian.net"));
        assertThat(SiteUrl.parse("https://jira.acme.example:8443/jira//").url())
                .contains(URI.create("https://jira.acme.example:8443/jira"));
        assertThat(SiteUrl.parse("HTTPS://jira.acme.example/").url()).contains(URI.create("https://jira.acme.example"));
    }

    @Test
    void plainHttpOnlyForThisMachine() {
        assertThat(SiteUrl.parse("http://localhost:2990/jira").url()).contains(URI.create("http://localhost:2990/jira"));
        assertThat(SiteUrl.parse("http://127.0.0.1:8080").url()).contains(URI.create("http://127.0.0.1:8080"));
        assertThat(SiteUrl.parse("http://[::1]:8080/").url()).contains(URI.create("http://[::1]:8080"));

        assertThat(SiteUrl.parse("http://jira.acme.example").reason())
                .startsWith("url must use https: the token travels with every request");
        // A name is never looked up: one that merely resolves to this machine is still a name.
        assertThat(SiteUrl.parse("http://localhost.acme.example").url()).isEmpty();
        assertThat(SiteUrl.parse("http://192.168.1.10").url()).isEmpty();
    }

    @Test
    void whatIsNotASiteAddressIsRefusedWithTheReason() {
        assertThat(SiteUrl.parse("acme.atlassian.net").reason()).startsWith("url must be the site's address");
        assertThat(SiteUrl.parse("ftp://acme.example").reason()).startsWith("url must be the site's address");
        assertThat(SiteUrl.parse("https://rita:secret@acme.atlassian.net").reason())
                .isEqualTo("url must hold no user name, query or fragment: the token goes in its own field.");
        assertThat(SiteUrl.parse("https://acme.atlassian.net/jira?x=1").url()).isEmpty();
        assertThat(SiteUrl.parse("https://acme.atlassian.net/#top").url()).isEmpty();
        assertThat(SiteUrl.parse("https://acme atlassian.net").reason()).startsWith("url is not a URL");
    }
}
