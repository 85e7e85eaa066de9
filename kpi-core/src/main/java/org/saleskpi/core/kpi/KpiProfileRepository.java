package org.saleskpi.core.kpi;

import java.util.List;
import java.util.Optional;

/**
 * Port: where KPI profiles are kept (Active Objects in both hosts). Every write is one
 * transaction; {@link #update} fails if the stored version is not the one the caller read.
 */
public interface KpiProfileRepository {

    KpiProfile create(KpiProfile profile);

    Optional<KpiProfile> get(long id);

    /** Profiles of a project, by name. */
    List<KpiProfile> ofProject(String projectKey);

    /** Every profile, by project and name: what an issue cache over all their scopes reads. */
    List<KpiProfile> all();

    /** Stores {@code profile} if its version is still current; returns it with the next version. */
    KpiProfile update(KpiProfile profile);

    void delete(long id);
}
