package org.saleskpi.server.cluster;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.kpi.KpiProfileRepository;

/**
 * KPI profiles as this node read them less than a second ago (ADR 0043): every gadget and KPI request names its
 * profile, which changes rarely. This node's own writes, which all go through here, count at once; another node's
 * within the freshness. A stale version is harmless: an update checks the stored version and fails as a conflict.
 */
public final class RecentProfiles implements KpiProfileRepository {
    private final KpiProfileRepository stored;
    private final RecentReads<Long, KpiProfile> recent;

    public RecentProfiles(KpiProfileRepository stored, Duration freshness) {
        this.stored = stored;
        this.recent = new RecentReads<>(freshness);
    }

    @Override
    public KpiProfile create(KpiProfile profile) {
        return stored.create(profile);
    }

    @Override
    public Optional<KpiProfile> get(long id) {
        return recent.get(id, stored::get);
    }

    @Override
    public List<KpiProfile> ofProject(String projectKey) {
        return stored.ofProject(projectKey);
    }

    @Override
    public List<KpiProfile> all() {
        return stored.all();
    }

    @Override
    public KpiProfile update(KpiProfile profile) {
        try {
            return stored.update(profile);
        } finally {
            recent.forgetAll();
        }
    }

    @Override
    public void delete(long id) {
        try {
            stored.delete(id);
        } finally {
            recent.forgetAll();
        }
    }

    /** How many lookups by id read the database (tests count them). */
    long databaseReads() {
        return recent.databaseReads();
    }
}
