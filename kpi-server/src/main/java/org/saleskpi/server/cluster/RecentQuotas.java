package org.saleskpi.server.cluster;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.saleskpi.core.goal.Page;
import org.saleskpi.core.goal.PageRequest;
import org.saleskpi.core.kpi.Quota;
import org.saleskpi.core.kpi.QuotaRepository;
import org.saleskpi.core.period.Period;

/**
 * The quotas of a project's period as this node read them less than a second ago (ADR 0043): target attainment
 * and every gadget with a quota target read them on each request. This node's own writes, which all go through
 * here, count at once; another node's within the freshness.
 */
public final class RecentQuotas implements QuotaRepository {
    private final QuotaRepository stored;
    private final RecentReads<Span, List<Quota>> recent;

    private record Span(String projectKey, Period range) {
    }

    public RecentQuotas(QuotaRepository stored, Duration freshness) {
        this.stored = stored;
        this.recent = new RecentReads<>(freshness);
    }

    @Override
    public Quota create(Quota quota) {
        try {
            return stored.create(quota);
        } finally {
            recent.forgetAll();
        }
    }

    @Override
    public Optional<Quota> get(long id) {
        return stored.get(id);
    }

    @Override
    public Page<Quota> ofProject(String projectKey, PageRequest page) {
        return stored.ofProject(projectKey, page);
    }

    @Override
    public Page<Quota> ofRep(String projectKey, String repKey, PageRequest page) {
        return stored.ofRep(projectKey, repKey, page);
    }

    @Override
    public List<Quota> overlapping(String projectKey, Period range) {
        // An empty list is a found answer here: a project without quotas is the common case, not a missing row.
        return recent.get(new Span(projectKey, range), span -> Optional.of(List.copyOf(
                stored.overlapping(span.projectKey(), span.range())))).orElseThrow();
    }

    @Override
    public void delete(long id) {
        try {
            stored.delete(id);
        } finally {
            recent.forgetAll();
        }
    }

    /** How many lookups of overlapping quotas read the database (tests count them). */
    long databaseReads() {
        return recent.databaseReads();
    }
}
