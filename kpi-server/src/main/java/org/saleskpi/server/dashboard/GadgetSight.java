package org.saleskpi.server.dashboard;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.util.Optional;
import java.util.Set;
import org.saleskpi.core.dashboard.GadgetInstance;
import org.saleskpi.core.jql.JqlParser;
import org.saleskpi.core.jql.JqlProjects;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.kpi.KpiProfileRepository;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.core.user.UserRef;

/**
 * Whether a viewer may see any issue a gadget counts. Its figures are computed for each viewer by the gadget API
 * with the viewer's own permissions; this only tells the page when there is nothing to compute, so that a gadget
 * over a project the viewer may not browse says so instead of showing zeros or "not found". It names no project.
 */
public final class GadgetSight {
    private final AccessPolicy access;
    private final KpiProfileRepository profiles;

    public GadgetSight(AccessPolicy access, KpiProfileRepository profiles) {
        this.access = access;
        this.profiles = profiles;
    }

    /**
     * False when the gadget's KPI profile is gone or of a project the viewer may not browse, or when its scope is
     * confined to projects none of which the viewer may browse; true for a gadget without a profile (it computes
     * over the first one the viewer sees) and for a global administrator.
     */
    public boolean sees(UserRef viewer, GadgetInstance gadget) {
        Optional<Long> profileId = profileId(gadget.preferencesJson());
        if (profileId.isEmpty() || access.isSystemAdmin(viewer)) {
            return true;
        }
        Optional<KpiProfile> profile = profiles.get(profileId.get());
        if (profile.isEmpty() || !access.canBrowse(viewer, profile.get().projectKey())) {
            return false;
        }
        return scopeProjects(profile.get()).map(keys -> keys.stream().anyMatch(key -> access.canBrowse(viewer, key)))
                .orElse(true);
    }

    private static Optional<Set<String>> scopeProjects(KpiProfile profile) {
        try {
            return JqlProjects.confinedTo(JqlParser.parse(profile.model().scopeJql()));
        } catch (RuntimeException e) {
            // A scope the parser cannot read confines nothing here; the gadget API reports it.
            return Optional.empty();
        }
    }

    private static Optional<Long> profileId(String preferencesJson) {
        if (preferencesJson.isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonElement profile = JsonParser.parseString(preferencesJson).getAsJsonObject().get("profile");
            if (profile == null || !profile.isJsonPrimitive() || profile.getAsString().isBlank()) {
                return Optional.empty();
            }
            return Optional.of(Long.parseLong(profile.getAsString().trim()));
        } catch (RuntimeException e) {
            return Optional.of(-1L);
        }
    }
}
