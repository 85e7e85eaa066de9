package org.saleskpi.server.jira;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * How a connection proves who it is to Jira. Cloud takes Basic e-mail plus API token, Data Center a
 * personal access token as Bearer. Neither record's {@code toString} shows the secret.
 */
public sealed interface JiraCredentials permits JiraCredentials.Basic, JiraCredentials.Bearer {

    /** The value of the {@code Authorization} header. */
    String authorization();

    /**
     * Cloud: Basic base64(email:apiToken).
     * Source: https://developer.atlassian.com/cloud/jira/platform/basic-auth-for-rest-apis/
     */
    record Basic(String email, String apiToken) implements JiraCredentials {
        public Basic {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(apiToken, "apiToken");
        }

        @Override
        public String authorization() {
            return "Basic " + Base64.getEncoder()
                    .encodeToString((email + ":" + apiToken).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return "Basic[email=" + email + ", apiToken=***]";
        }
    }

    /**
     * Data Center: a personal access token sent as Bearer.
     * Source: https://confluence.atlassian.com/enterprise/using-personal-access-tokens-1026032365.html
     */
    record Bearer(String personalAccessToken) implements JiraCredentials {
        public Bearer {
            Objects.requireNonNull(personalAccessToken, "personalAccessToken");
        }

        @Override
        public String authorization() {
            return "Bearer " + personalAccessToken;
        }

        @Override
        public String toString() {
            return "Bearer[personalAccessToken=***]";
        }
    }
}
