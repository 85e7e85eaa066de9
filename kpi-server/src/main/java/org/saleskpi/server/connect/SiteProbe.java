package org.saleskpi.server.connect;

import com.google.gson.JsonParseException;
import java.net.URI;
import java.util.Optional;
import java.util.function.Function;
import org.saleskpi.server.jira.JiraAuthException;
import org.saleskpi.server.jira.JiraCredentials;
import org.saleskpi.server.jira.JiraException;
import org.saleskpi.server.jira.JiraKind;
import org.saleskpi.server.jira.JiraReader;
import org.saleskpi.server.jira.JiraSite;
import org.saleskpi.server.jira.JiraUser;
import org.saleskpi.server.jira.ServerInfo;
import org.saleskpi.web.json.JsonInput;

/**
 * Asks a Jira site what it is ({@code GET /rest/api/2/serverInfo}: {@code deploymentType} "Cloud", or "Server" /
 * "DataCenter") and whether the credentials work ({@code GET /rest/api/2/myself}), before a connection is stored or
 * changed. What goes wrong becomes an error on the field to fix: {@code url}, {@code email} or {@code token}.
 * Sources: the Jira Cloud platform REST API's OpenAPI document (1001.0.0), operation getServerInfo: "can be
 * accessed anonymously", answers 401 (as generated into https://docs.rs/jira-api-v2, apis/server_info_api.rs);
 * the two {@code deploymentType} values side by side, Cloud's and a Server's, in
 * https://gitlab.com/gitlab-org/gitlab/-/issues/229223. That Data Center answers 401 to a wrong PAT on an
 * anonymous resource is UNVERIFIED (it is why a refused detection is tried with the other scheme).
 */
final class SiteProbe {
    private final Function<JiraSite, JiraReader> readers;

    SiteProbe(Function<JiraSite, JiraReader> readers) {
        this.readers = readers;
    }

    /** What a site said: its server info, the kind the connection will read it as, and whose the token is. */
    record Probed(ServerInfo info, JiraKind kind, JiraUser user) {
    }

    /** The credentials a kind of site takes: Cloud Basic e-mail plus API token, Data Center a PAT as Bearer. */
    static JiraCredentials credentials(JiraKind kind, Optional<String> email, String token) {
        return kind == JiraKind.CLOUD ? new JiraCredentials.Basic(email.orElse(""), token)
                : new JiraCredentials.Bearer(token);
    }

    /**
     * Detects the kind (unless {@code kind} names it), checks that the kind's credentials are complete and that
     * Jira accepts them. Records field errors on {@code input} and returns empty when anything is wrong.
     */
    Optional<Probed> probe(URI url, Optional<JiraKind> kind, Optional<String> email, String token, JsonInput input,
            ConnectionTexts texts) {
        // serverInfo answers anonymous callers too, but a site refuses wrong credentials on any request: with an
        // e-mail address the guess is Cloud's Basic, else Data Center's Bearer, and the other one second.
        JiraKind guess = kind.orElse(email.isPresent() ? JiraKind.CLOUD : JiraKind.DATA_CENTER);
        ServerInfo info;
        try {
            info = serverInfo(url, guess, email, token, kind.isEmpty() && email.isPresent());
        } catch (JiraAuthException e) {
            texts.reject(input, "token", "tokenRefused", e.status());
            return Optional.empty();
        } catch (JiraException | JsonParseException e) {
            unreachable(url, e, input, texts);
            return Optional.empty();
        }
        JiraKind chosen = kind.orElse(info.kind());
        if (chosen == JiraKind.CLOUD && email.isEmpty()) {
            texts.reject(input, "email", "emailCloud");
            return Optional.empty();
        }
        if (chosen == JiraKind.DATA_CENTER && email.isPresent()) {
            texts.reject(input, "email", "emailDataCenter");
            return Optional.empty();
        }
        try {
            JiraUser user = readers.apply(new JiraSite(url, chosen, credentials(chosen, email, token))).myself();
            return Optional.of(new Probed(info, chosen, user));
        } catch (JiraAuthException e) {
            texts.reject(input, "token", "tokenRefused", e.status());
        } catch (JiraException | JsonParseException e) {
            unreachable(url, e, input, texts);
        }
        return Optional.empty();
    }

    private ServerInfo serverInfo(URI url, JiraKind guess, Optional<String> email, String token, boolean tryBoth) {
        try {
            return readers.apply(new JiraSite(url, guess, credentials(guess, email, token))).serverInfo();
        } catch (JiraAuthException e) {
            if (!tryBoth) {
                throw e;
            }
            JiraKind other = guess == JiraKind.CLOUD ? JiraKind.DATA_CENTER : JiraKind.CLOUD;
            return readers.apply(new JiraSite(url, other, credentials(other, email, token))).serverInfo();
        }
    }

    /** The client's messages hold no secret (JiraException); a non-Jira answer is said as such. */
    private static void unreachable(URI url, RuntimeException e, JsonInput input, ConnectionTexts texts) {
        if (e instanceof JiraException jira && jira.status() == 0) {
            texts.reject(input, "url", "urlSilent", url, ConnectionsResource.sentence(jira.getMessage()));
        } else if (e instanceof JiraException jira) {
            texts.reject(input, "url", "urlNotJira", jira.endpoint(), jira.status());
        } else {
            texts.reject(input, "url", "urlNotJiraInfo");
        }
    }
}
