package org.saleskpi.store.kpi;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;
import org.saleskpi.core.goal.ConflictException;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.kpi.KpiProfileRepository;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.period.SalesCalendar;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.StoreException;
import org.saleskpi.store.VersionCheck;

/**
 * KPI profiles in Active Objects. Updates claim the version they read through {@link VersionCheck},
 * so of two concurrent updates exactly one is stored and the other gets a {@link ConflictException}.
 */
public final class StoredKpiProfiles implements KpiProfileRepository {
    private static final String ENTITY = "KPI profile";

    private final AoSession session;
    private final VersionCheck versions;
    private final StoredPipeline pipelines;

    public StoredKpiProfiles(AoSession session) {
        this.session = session;
        this.versions = new VersionCheck(session, ProfileVersionEntity.class, ENTITY);
        this.pipelines = new StoredPipeline(session);
    }

    @Override
    public KpiProfile create(KpiProfile profile) {
        return session.inTransaction(() -> {
            Map<String, Object> values = columns(profile.model());
            values.put("PROJECT_KEY", profile.projectKey());
            values.put("NAME", profile.name());
            values.put("ROW_VERSION", 1L);
            KpiProfileEntity row = session.create(KpiProfileEntity.class, values);
            versions.start(row.getID());
            pipelines.replaceRows(row.getID(), profile.model().pipeline());
            return profile(row);
        });
    }

    @Override
    public Optional<KpiProfile> get(long id) {
        return Optional.ofNullable(row(id)).map(this::profile);
    }

    @Override
    public List<KpiProfile> ofProject(String projectKey) {
        KpiProfileEntity[] rows = session.find(KpiProfileEntity.class,
                Query.select().where("PROJECT_KEY = ?", projectKey).order("NAME ASC, ID ASC"));
        return Arrays.stream(rows).map(this::profile).toList();
    }

    @Override
    public List<KpiProfile> all() {
        KpiProfileEntity[] rows = session.find(KpiProfileEntity.class,
                Query.select().order("PROJECT_KEY ASC, NAME ASC, ID ASC"));
        return Arrays.stream(rows).map(this::profile).toList();
    }

    @Override
    public KpiProfile update(KpiProfile profile) {
        return versions.update(profile.id(), profile.version(), next -> {
            KpiProfileEntity row = row(profile.id());
            if (row == null) {
                throw ConflictException.gone(ENTITY, profile.id());
            }
            row.setProjectKey(profile.projectKey());
            row.setName(profile.name());
            write(row, profile.model());
            row.setRowVersion(next);
            row.save();
            pipelines.replaceRows(row.getID(), profile.model().pipeline());
            return profile(row);
        });
    }

    @Override
    public void delete(long id) {
        session.inTransaction(() -> {
            versions.remove(id);
            pipelines.deleteRows(id);
            return session.deleteWithSQL(KpiProfileEntity.class, "ID = ?", id);
        });
    }

    private KpiProfileEntity row(long id) {
        // AO's Entity ids are ints; a larger id was never issued.
        if (id <= 0 || id > Integer.MAX_VALUE) {
            return null;
        }
        return session.get(KpiProfileEntity.class, (int) id);
    }

    private static Map<String, Object> columns(SalesModel model) {
        // HashMap, not Map.of: unset optional fields are null columns.
        Map<String, Object> values = new HashMap<>();
        values.put("SCOPE_JQL", nullIfEmpty(model.scopeJql()));
        values.put("LEAD_TYPES", StringSetCodec.encode(model.leadTypes()));
        values.put("DEAL_TYPES", StringSetCodec.encode(model.dealTypes()));
        values.put("CUSTOMER_TYPES", StringSetCodec.encode(model.customerTypes()));
        values.put("CAMPAIGN_TYPES", StringSetCodec.encode(model.campaignTypes()));
        values.put("COST_TYPES", StringSetCodec.encode(model.costTypes()));
        values.put("WON_STATUSES", StringSetCodec.encode(model.wonStatuses()));
        values.put("LOST_STATUSES", StringSetCodec.encode(model.lostStatuses()));
        values.put("CONVERTED_STATUSES", StringSetCodec.encode(model.convertedStatuses()));
        values.put("CHURNED_STATUSES", StringSetCodec.encode(model.churnedStatuses()));
        values.put("AMOUNT_FIELD", model.amountField());
        values.put("CLOSE_DATE_FIELD", model.closeDateField().orElse(null));
        values.put("CUSTOMER_FIELD", model.customerField().orElse(null));
        values.put("COST_FIELD", model.costField().orElse(null));
        values.put("EMAILS_SENT_FIELD", model.emailsSentField().orElse(null));
        values.put("EMAILS_OPENED_FIELD", model.emailsOpenedField().orElse(null));
        values.put("REP_FIELD", model.repField().orElse(null));
        values.put("CURRENCY_CODE", model.currency().getCurrencyCode());
        values.put("ZONE_ID", model.calendar().zone().getId());
        values.put("FISCAL_START_MONTH", model.calendar().fiscalYearStartMonth());
        values.put("WEEK_START", model.calendar().weekStart().name());
        values.put("STALE_DAYS", model.staleDays());
        StoredPipeline.columns(model.pipeline(), values);
        return values;
    }

    private static void write(KpiProfileEntity row, SalesModel model) {
        row.setScopeJql(nullIfEmpty(model.scopeJql()));
        row.setLeadTypes(StringSetCodec.encode(model.leadTypes()));
        row.setDealTypes(StringSetCodec.encode(model.dealTypes()));
        row.setCustomerTypes(StringSetCodec.encode(model.customerTypes()));
        row.setCampaignTypes(StringSetCodec.encode(model.campaignTypes()));
        row.setCostTypes(StringSetCodec.encode(model.costTypes()));
        row.setWonStatuses(StringSetCodec.encode(model.wonStatuses()));
        row.setLostStatuses(StringSetCodec.encode(model.lostStatuses()));
        row.setConvertedStatuses(StringSetCodec.encode(model.convertedStatuses()));
        row.setChurnedStatuses(StringSetCodec.encode(model.churnedStatuses()));
        row.setAmountField(model.amountField());
        row.setCloseDateField(model.closeDateField().orElse(null));
        row.setCustomerField(model.customerField().orElse(null));
        row.setCostField(model.costField().orElse(null));
        row.setEmailsSentField(model.emailsSentField().orElse(null));
        row.setEmailsOpenedField(model.emailsOpenedField().orElse(null));
        row.setRepField(model.repField().orElse(null));
        row.setCurrencyCode(model.currency().getCurrencyCode());
        row.setZoneId(model.calendar().zone().getId());
        row.setFiscalStartMonth(model.calendar().fiscalYearStartMonth());
        row.setWeekStart(model.calendar().weekStart().name());
        row.setStaleDays(model.staleDays());
        StoredPipeline.write(row, model.pipeline());
    }

    /**
     * The stored row as a profile. Settings stored by an older release may break a rule added
     * since; that is reported with the profile's id, so an admin knows which profile to fix.
     */
    private KpiProfile profile(KpiProfileEntity row) {
        SalesModel model;
        try {
            model = new SalesModel(
                    Optional.ofNullable(row.getScopeJql()).orElse(""),
                    StringSetCodec.decode(row.getLeadTypes()),
                    StringSetCodec.decode(row.getDealTypes()),
                    StringSetCodec.decode(row.getCustomerTypes()),
                    StringSetCodec.decode(row.getCampaignTypes()),
                    StringSetCodec.decode(row.getCostTypes()),
                    StringSetCodec.decode(row.getWonStatuses()),
                    StringSetCodec.decode(row.getLostStatuses()),
                    StringSetCodec.decode(row.getConvertedStatuses()),
                    StringSetCodec.decode(row.getChurnedStatuses()),
                    row.getAmountField(),
                    Optional.ofNullable(row.getCloseDateField()),
                    Optional.ofNullable(row.getCustomerField()),
                    Optional.ofNullable(row.getCostField()),
                    Optional.ofNullable(row.getEmailsSentField()),
                    Optional.ofNullable(row.getEmailsOpenedField()),
                    Optional.ofNullable(row.getRepField()),
                    Currency.getInstance(row.getCurrencyCode()),
                    new SalesCalendar(ZoneId.of(row.getZoneId()), row.getFiscalStartMonth(),
                            DayOfWeek.valueOf(row.getWeekStart())),
                    row.getStaleDays(),
                    pipelines.read(row));
        } catch (IllegalArgumentException | DateTimeException | NullPointerException e) {
            // InvalidInputException is an IllegalArgumentException, as are unknown currencies and days.
            throw new StoreException(ENTITY + " " + row.getID() + " is stored with settings that are no longer valid: "
                    + e.getMessage(), e);
        }
        return new KpiProfile(row.getID(), row.getProjectKey(), row.getName(), model, row.getRowVersion());
    }

    private static String nullIfEmpty(String text) {
        return text.isEmpty() ? null : text;
    }
}
