package org.saleskpi.bench;

import java.util.List;
import java.util.Optional;
import org.saleskpi.core.goal.Page;
import org.saleskpi.core.goal.PageRequest;
import org.saleskpi.core.kpi.Quota;
import org.saleskpi.core.kpi.QuotaRepository;
import org.saleskpi.core.period.Period;

/** A project that set no quota: the bench's gadgets show no quota line. */
enum NoQuotas implements QuotaRepository {
    INSTANCE;

    @Override
    public Quota create(Quota quota) {
        throw new UnsupportedOperationException("the bench stores no quota");
    }

    @Override
    public Optional<Quota> get(long id) {
        return Optional.empty();
    }

    @Override
    public Page<Quota> ofProject(String projectKey, PageRequest page) {
        return new Page<>(List.of(), 0);
    }

    @Override
    public Page<Quota> ofRep(String projectKey, String repKey, PageRequest page) {
        return new Page<>(List.of(), 0);
    }

    @Override
    public List<Quota> overlapping(String projectKey, Period range) {
        return List.of();
    }

    @Override
    public void delete(long id) {
        throw new UnsupportedOperationException("the bench stores no quota");
    }
}
