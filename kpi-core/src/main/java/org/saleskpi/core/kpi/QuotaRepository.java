package org.saleskpi.core.kpi;

import java.util.List;
import java.util.Optional;
import org.saleskpi.core.goal.Page;
import org.saleskpi.core.goal.PageRequest;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.period.Period;

/** Port: where reps' quotas are kept (Active Objects in both hosts). Every write is one transaction. */
public interface QuotaRepository {

    Quota create(Quota quota);

    Optional<Quota> get(long id);

    /** A project's quotas by rep, then period start. */
    Page<Quota> ofProject(String projectKey, PageRequest page);

    /** One rep's quotas in a project by period start. */
    Page<Quota> ofRep(String projectKey, String repKey, PageRequest page);

    /** Every quota of the project whose period overlaps {@code range}. */
    List<Quota> overlapping(String projectKey, Period range);

    void delete(long id);

    /**
     * The project's quotas as the {@link KpiCatalog#TARGET} input of target attainment, for
     * periods inside {@code range}; a period outside it finds no quota.
     */
    default Inputs targets(String projectKey, Period range) {
        return new QuotaInputs(overlapping(projectKey, range));
    }
}
