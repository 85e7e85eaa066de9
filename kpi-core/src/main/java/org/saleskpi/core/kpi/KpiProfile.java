package org.saleskpi.core.kpi;

import java.util.Objects;

/** A project's named sales model, as project admins save it. id 0 means not yet stored. */
public record KpiProfile(long id, String projectKey, String name, SalesModel model, long version) {
    public KpiProfile {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(model, "model");
    }
}
