package org.saleskpi.jira.cache;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.kpi.KpiProfileRepository;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.kpi.StoredKpiProfiles;

/**
 * The stored KPI profiles, counting the writes made on this node: the cache re-reads its scope at once after one
 * ({@link JiraIssueCache}), instead of listing every profile on every query. Another node's write shows within the
 * cache's refresh and at its poll.
 */
public final class WatchedKpiProfiles implements KpiProfileRepository {
    private final KpiProfileRepository stored;
    private final AtomicLong writes = new AtomicLong();

    /** The constructor the plugin's Spring context calls (the scanner index lists this class). */
    @Inject
    public WatchedKpiProfiles(AoSession session) {
        this(new StoredKpiProfiles(session));
    }

    public WatchedKpiProfiles(KpiProfileRepository stored) {
        this.stored = Objects.requireNonNull(stored, "stored");
    }

    /** How many writes this node has made; moves after each one has been stored. */
    public long writes() {
        return writes.get();
    }

    @Override
    public KpiProfile create(KpiProfile profile) {
        try {
            return stored.create(profile);
        } finally {
            writes.incrementAndGet();
        }
    }

    @Override
    public Optional<KpiProfile> get(long id) {
        return stored.get(id);
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
            writes.incrementAndGet();
        }
    }

    @Override
    public void delete(long id) {
        try {
            stored.delete(id);
        } finally {
            writes.incrementAndGet();
        }
    }
}
