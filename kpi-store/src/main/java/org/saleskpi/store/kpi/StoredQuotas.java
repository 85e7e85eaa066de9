package org.saleskpi.store.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;
import org.saleskpi.core.goal.Page;
import org.saleskpi.core.goal.PageRequest;
import org.saleskpi.core.kpi.Quota;
import org.saleskpi.core.kpi.QuotaRepository;
import org.saleskpi.core.period.Period;
import org.saleskpi.store.AoSession;

/** Reps' quotas in Active Objects; every query filters by project (and rep) in SQL. */
public final class StoredQuotas implements QuotaRepository {
    private final AoSession session;

    public StoredQuotas(AoSession session) {
        this.session = session;
    }

    @Override
    public Quota create(Quota quota) {
        return session.inTransaction(() -> quota(session.create(QuotaEntity.class, Map.of(
                "PROJECT_KEY", quota.projectKey(),
                "REP_KEY", quota.repKey(),
                "PERIOD_START", quota.period().start().toString(),
                "PERIOD_END", quota.period().end().toString(),
                "AMOUNT", quota.amount().toPlainString()))));
    }

    @Override
    public Optional<Quota> get(long id) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.ofNullable(session.get(QuotaEntity.class, (int) id)).map(StoredQuotas::quota);
    }

    @Override
    public Page<Quota> ofProject(String projectKey, PageRequest page) {
        return page("PROJECT_KEY = ?", "REP_KEY ASC, PERIOD_START ASC, ID ASC", page, projectKey);
    }

    @Override
    public Page<Quota> ofRep(String projectKey, String repKey, PageRequest page) {
        return page("PROJECT_KEY = ? AND REP_KEY = ?", "PERIOD_START ASC, ID ASC", page, projectKey, repKey);
    }

    @Override
    public List<Quota> overlapping(String projectKey, Period range) {
        // Half-open periods overlap when each starts before the other ends.
        QuotaEntity[] rows = session.find(QuotaEntity.class, Query.select()
                .where("PROJECT_KEY = ? AND PERIOD_START < ? AND PERIOD_END > ?",
                        projectKey, range.end().toString(), range.start().toString())
                .order("REP_KEY ASC, PERIOD_START ASC, ID ASC"));
        return Arrays.stream(rows).map(StoredQuotas::quota).toList();
    }

    @Override
    public void delete(long id) {
        session.inTransaction(() -> session.deleteWithSQL(QuotaEntity.class, "ID = ?", id));
    }

    private Page<Quota> page(String where, String order, PageRequest page, Object... parameters) {
        QuotaEntity[] rows = session.find(QuotaEntity.class, Query.select().where(where, parameters).order(order)
                .limit(page.limit()).offset(page.offset()));
        int total = session.count(QuotaEntity.class, Query.select().where(where, parameters));
        return new Page<>(Arrays.stream(rows).map(StoredQuotas::quota).toList(), total);
    }

    private static Quota quota(QuotaEntity row) {
        return new Quota(row.getID(), row.getProjectKey(), row.getRepKey(),
                new Period(LocalDate.parse(row.getPeriodStart()), LocalDate.parse(row.getPeriodEnd())),
                new BigDecimal(row.getAmount()));
    }
}
