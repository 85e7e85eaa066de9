package org.saleskpi.server.connect.access;

import java.util.LinkedHashMap;
import java.util.Map;
import org.saleskpi.server.connect.PermissionMode;
import org.saleskpi.web.page.Messages;

/** A user's link to a connection as the REST answers give it: whether and when a token is linked, never the token. */
final class LinkJson {
    private LinkJson() {
    }

    static Map<String, Object> of(JiraAccess.Link link, Messages texts) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("connectionId", link.connectionId());
        json.put("connectionName", link.connectionName());
        json.put("kind", link.kind().name());
        json.put("permissionMode", link.permissionMode().name());
        json.put("linked", link.linked().isPresent());
        json.put("email", link.linked().flatMap(UserTokens.LinkedToken::email).orElse(null));
        json.put("linkedAt", link.linked().map(linked -> linked.linked().toString()).orElse(null));
        json.put("state", link.reason().name());
        json.put("message", message(link, texts));
        return json;
    }

    /** Why the user sees what they see of the connection, in their language. */
    static String message(JiraAccess.Link link, Messages texts) {
        return link.permissionMode() == PermissionMode.PER_USER
                ? texts.getText("saleskpi.access.state." + link.reason().name(), link.connectionName())
                : texts.getText("saleskpi.access.perProject", link.connectionName());
    }
}
