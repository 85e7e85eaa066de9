package org.saleskpi.jira.bundle;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.saleskpi.core.history.Change;
import org.saleskpi.core.history.IssueHistory;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueCatalog;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.IssueSource;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.demo.DemoSalesModel;
import org.saleskpi.jira.JiraIssueHistories;
import org.saleskpi.jira.JiraIssueSource;
import org.saleskpi.jira.JiraJqlPeople;
import org.saleskpi.jira.bridge.SearchServiceIssueSearch;
import org.saleskpi.jira.bridge.SearchServiceSystemSearch;
import org.saleskpi.jira.cache.CacheStatus;
import org.saleskpi.jira.cache.CachedIssueSource;
import org.saleskpi.jira.cache.JiraIssueCache;
import org.saleskpi.jira.simulated.HeldSettings;
import org.saleskpi.jira.simulated.JiraCost;
import org.saleskpi.jira.simulated.JiraWork;
import org.saleskpi.jira.simulated.SimulatedJira;
import org.saleskpi.web.ApiServer;
import org.saleskpi.web.TestAccess;
import org.saleskpi.web.guard.Guardrails;
import org.saleskpi.web.guard.Limits;

/**
 * Eight hand-told deals of SALES with their change history, in a simulated Jira behind the stubbed Jira APIs, served
 * by the shared REST resources through the app's Jira-facing issue source: {@link CachedIssueSource} over the node's
 * filled {@link JiraIssueCache} (what Jira's plugin-components wire), or Jira's search as the viewer with
 * {@link JiraIssueHistories} reading ChangeHistoryManager page by page (what the same source does with the kill
 * switch on); {@link #readThrough} picks one. Now is 2024-06-20 09:00 UTC; the profile "Pipeline" has the stages
 * Qualification (10 %), Proposal (40 %) and Negotiation (70 %), Won and Lost, the amount, close date, probability and
 * forecast category fields. adam administers SALES and is the Jira user every request reads as.
 * <p>
 * The deals, every change at 09:00 UTC (a deal is created in Qualification; amounts in USD):
 * <pre>
 * SALES-1  created 04-01, 1000: Proposal 04-05, Negotiation 04-10, Won 04-21          (moves through the stages)
 * SALES-2  created 04-02, 2000: Proposal 04-06, back to Qualification 04-08,
 *          Proposal 04-12, Negotiation 06-10 with the amount revised to 1800           (goes back)
 * SALES-3  created 04-03, 3000: Negotiation 04-13, Lost 06-05                          (skips Proposal)
 * SALES-4  created 05-01, 4000: Proposal 05-04, Won 05-10, reopened to Negotiation 06-03 (reopened after won)
 * SALES-5  created 05-15, 5000, closing 06-15: amount revised to 6000 and close date pushed to 06-30 on 06-04,
 *          pushed to 07-15 on 06-12 and to 07-31 on 06-19; still in Qualification     (revised, slipping)
 * SALES-6  created 03-10, 500: Proposal 03-20; still in Proposal                      (before the quarter)
 * SALES-7  created 06-11, 700, probability field 0.25; still in Qualification          (new this month)
 * SALES-8  created 05-20, 800: Won 06-20, this morning, now                          (skips two stages)
 * </pre>
 */
final class DealHistoryBook implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-20T09:00:00Z"), ZoneOffset.UTC);
    static final String VIEWER = "adam";
    static final String DEAL = "Opportunity";
    static final String AMOUNT = DemoSalesModel.AMOUNT_FIELD;
    static final String CLOSE_DATE = DemoSalesModel.CLOSE_DATE_FIELD;
    static final String CATEGORY = DemoSalesModel.FORECAST_CATEGORY_FIELD;
    static final String PROBABILITY = "customfield_10070";
    private static final Map<String, String> PEOPLE = Map.of("adam", "Adam Admin", "rep01", "Rita One", "rep02",
            "Rob Two");

    /** Which of the app's two read paths in Jira answers the gadgets. */
    enum Path {
        /** The node's filled cache: rows and histories held in memory, filtered by the viewer. */
        CACHE,
        /** Jira's search as the viewer, each page's histories read from ChangeHistoryManager. */
        SEARCH
    }

    private final SimulatedJira jira;
    private final JiraIssueCache cache;
    private final CachedIssueSource cached;
    private final JiraIssueSource search;
    private final Switch source;
    private final ApiServer api;
    private final long profile;

    private DealHistoryBook(SimulatedJira jira, JiraIssueCache cache, CachedIssueSource cached,
            JiraIssueSource search, Switch source, ApiServer api, long profile) {
        this.jira = jira;
        this.cache = cache;
        this.cached = cached;
        this.search = search;
        this.source = source;
        this.api = api;
        this.profile = profile;
    }

    static DealHistoryBook start() throws Exception {
        SimulatedJira jira = SimulatedJira.create(ZoneOffset.UTC, CLOCK, JiraCost.free());
        // Jira records custom field changes by name: the simulated Jira names the demo's fields, this one is ours.
        jira.defineField((Column.Custom) Column.custom(PROBABILITY, FieldType.NUMBER), "Probability");
        PEOPLE.forEach(jira::addUser);
        jira.permissions().grantBrowse(VIEWER, "SALES");
        List<IssueRecord> records = new ArrayList<>();
        for (Deal deal : deals()) {
            jira.add(deal.record(), deal.history(), null);
            records.add(deal.record());
        }

        JiraIssueHistories histories = new JiraIssueHistories(jira.changeHistories(), jira.customFields(),
                jira.statuses(), ZoneOffset.UTC);
        JiraIssueSource search = new JiraIssueSource(new SearchServiceIssueSearch(jira.searchService()),
                jira.customFields(), jira.filters(), jira.projects(), jira.permissions(), jira.users(), histories,
                ZoneOffset.UTC);
        // The profiles as the plugin's cache asks for them: the stored ones, read when it builds.
        AtomicReference<ApiServer> started = new AtomicReference<>();
        JiraIssueCache cache = new JiraIssueCache(new SearchServiceSystemSearch(jira.searchService()),
                jira.customFields(), histories, () -> started.get().services().profiles().all(), new HeldSettings(),
                JiraIssueCache.SINGLE_NODE, CLOCK, ZoneOffset.UTC);
        // The viewer's grants from the simulated Jira (JiraVisibilityPolicy over Jira's permission APIs is tested in
        // PermissionMatrixTest), as the bench's cache path reads them.
        CachedIssueSource cached = new CachedIssueSource(cache, search, jira.permissions().visibilityPolicy(),
                new JiraJqlPeople(jira.users(), jira.userSearch()), CLOCK, ZoneOffset.UTC);
        Switch source = new Switch(cached);

        // TableIssues over the same records stands in for JiraIssueCatalog (field names and types for the profile
        // form); every issue and history the gadgets read comes through the source above.
        TestAccess access = new TestAccess().administer(VIEWER, "SALES");
        List<IssueCatalog.FieldInfo> fields = List.of(
                new IssueCatalog.FieldInfo(AMOUNT, "Amount", FieldType.NUMBER),
                new IssueCatalog.FieldInfo(CLOSE_DATE, "Close date", FieldType.DATE),
                new IssueCatalog.FieldInfo(CATEGORY, "Forecast category", FieldType.OPTION),
                new IssueCatalog.FieldInfo(PROBABILITY, "Probability", FieldType.NUMBER));
        ApiServer api = ApiServer.start(access, records, fields, PEOPLE, CLOCK, (session, services) -> List.of(),
                Guardrails.fixed(new Limits(8, 100_000), CLOCK), table -> source);
        started.set(api);
        try {
            ApiServer.Answer created = api.post(VIEWER, "/profiles", profileJson());
            if (created.status() != 201) {
                throw new IllegalStateException("the pipeline profile was refused: " + created.text());
            }
            cache.rebuild();
            if (cache.status().phase() != CacheStatus.Phase.READY || cache.status().issues() != records.size()) {
                throw new IllegalStateException("the cache did not fill: " + cache.status());
            }
            return new DealHistoryBook(jira, cache, cached, search, source,
                    api, created.json().getAsJsonObject().get("id").getAsLong());
        } catch (Exception | Error e) {
            api.close();
            throw e;
        }
    }

    ApiServer api() {
        return api;
    }

    /** The id of the profile "Pipeline". */
    long profile() {
        return profile;
    }

    /** From now on the gadgets read through {@code path}. */
    void readThrough(Path path) {
        source.to(path == Path.CACHE ? cached : search);
    }

    /** What Jira was asked so far: searches, issue objects, histories read. */
    JiraWork.Snapshot work() {
        return jira.work().snapshot();
    }

    CacheStatus cacheStatus() {
        return cache.status();
    }

    @Override
    public void close() throws Exception {
        api.close();
    }

    private static String profileJson() {
        JsonObject json = new JsonObject();
        json.addProperty("name", "Pipeline");
        json.addProperty("project", "SALES");
        json.addProperty("scope", "project = SALES");
        for (String list : List.of("leadTypes", "customerTypes", "campaignTypes", "costTypes", "convertedStatuses",
                "churnedStatuses")) {
            json.add(list, new JsonArray());
        }
        json.add("dealTypes", array(DEAL));
        json.add("wonStatuses", array("Won"));
        json.add("lostStatuses", array("Lost"));
        JsonObject fields = new JsonObject();
        fields.addProperty("amount", AMOUNT);
        fields.addProperty("closeDate", CLOSE_DATE);
        json.add("fields", fields);
        json.addProperty("currency", "USD");
        json.addProperty("timeZone", "UTC");
        json.addProperty("fiscalYearStartMonth", 1);
        JsonArray stages = new JsonArray();
        stages.add(stage("Qualification", "0.1"));
        stages.add(stage("Proposal", "0.4"));
        stages.add(stage("Negotiation", "0.7"));
        json.add("stages", stages);
        json.addProperty("probabilityField", PROBABILITY);
        json.addProperty("forecastCategoryField", CATEGORY);
        JsonObject categories = new JsonObject();
        categories.addProperty("Commit", "commit");
        categories.addProperty("Best case", "best-case");
        categories.addProperty("Pipeline", "pipeline");
        json.add("forecastCategories", categories);
        return json.toString();
    }

    private static JsonObject stage(String status, String probability) {
        JsonObject stage = new JsonObject();
        stage.addProperty("status", status);
        stage.addProperty("probability", new BigDecimal(probability));
        return stage;
    }

    private static JsonArray array(String value) {
        JsonArray array = new JsonArray();
        array.add(value);
        return array;
    }

    /** The deals of the class comment, each ending in the state its last change left it in. */
    private static List<Deal> deals() {
        return List.of(
                new Deal("SALES-1", "rep01", "2024-04-01", 1000, "2024-04-21")
                        .status("2024-04-05", "Proposal").status("2024-04-10", "Negotiation").won("2024-04-21"),
                new Deal("SALES-2", "rep02", "2024-04-02", 2000, "2024-06-28")
                        .status("2024-04-06", "Proposal").status("2024-04-08", "Qualification")
                        .status("2024-04-12", "Proposal").status("2024-06-10", "Negotiation")
                        .amount("2024-06-10", 1800),
                new Deal("SALES-3", "rep01", "2024-04-03", 3000, "2024-06-05")
                        .status("2024-04-13", "Negotiation").lost("2024-06-05"),
                new Deal("SALES-4", "rep02", "2024-05-01", 4000, "2024-06-28")
                        .status("2024-05-04", "Proposal").won("2024-05-10").reopen("2024-06-03", "Negotiation"),
                new Deal("SALES-5", "rep01", "2024-05-15", 5000, "2024-06-15")
                        .amount("2024-06-04", 6000).closeDate("2024-06-04", "2024-06-30")
                        .closeDate("2024-06-12", "2024-07-15").closeDate("2024-06-19", "2024-07-31"),
                new Deal("SALES-6", "rep02", "2024-03-10", 500, "2024-06-28").status("2024-03-20", "Proposal"),
                new Deal("SALES-7", "rep01", "2024-06-11", 700, "2024-07-15").probability("0.25"),
                new Deal("SALES-8", "rep02", "2024-05-20", 800, "2024-06-20").won("2024-06-20"));
    }

    /** One deal told change by change, from its creation in Qualification; every change at 09:00 UTC by its rep. */
    private static final class Deal {
        private final String key;
        private final String rep;
        private final Instant created;
        private final List<Change> changes = new ArrayList<>();
        private String status = "Qualification";
        private String resolution;
        private Instant resolved;
        private long amount;
        private LocalDate closeDate;
        private String probability;

        Deal(String key, String rep, String created, long amount, String closeDate) {
            this.key = key;
            this.rep = rep;
            this.created = at(created);
            this.amount = amount;
            this.closeDate = LocalDate.parse(closeDate);
        }

        Deal status(String day, String to) {
            changes.add(Change.of(at(day), Column.STATUS.id(), status, to, rep));
            status = to;
            return this;
        }

        Deal won(String day) {
            return closed(day, "Won", "Done");
        }

        Deal lost(String day) {
            return closed(day, "Lost", "Declined");
        }

        private Deal closed(String day, String to, String resolutionName) {
            status(day, to);
            changes.add(Change.of(at(day), Column.RESOLUTION.id(), null, resolutionName, rep));
            resolution = resolutionName;
            resolved = at(day);
            return this;
        }

        /** Out of Won into an open status: Jira clears the resolution in the same change group. */
        Deal reopen(String day, String to) {
            status(day, to);
            changes.add(Change.of(at(day), Column.RESOLUTION.id(), resolution, null, rep));
            resolution = null;
            resolved = null;
            return this;
        }

        Deal amount(String day, long to) {
            changes.add(Change.of(at(day), AMOUNT, Long.toString(amount), Long.toString(to), rep));
            amount = to;
            return this;
        }

        Deal closeDate(String day, String to) {
            changes.add(Change.of(at(day), CLOSE_DATE, closeDate.toString(), to, rep));
            closeDate = LocalDate.parse(to);
            return this;
        }

        /** Set at creation and never changed. */
        Deal probability(String value) {
            probability = value;
            return this;
        }

        IssueRecord record() {
            boolean closed = status.equals("Won") || status.equals("Lost");
            IssueRecord.Builder record = IssueRecord.builder(key, "SALES").type(DEAL)
                    .status(status, closed ? StatusCategory.DONE : StatusCategory.IN_PROGRESS).resolution(resolution)
                    .assignee(rep).reporter(rep).created(created)
                    .updated(changes.isEmpty() ? created : changes.get(changes.size() - 1).at()).resolved(resolved)
                    .field(AMOUNT, FieldValue.number(amount)).field(CLOSE_DATE, FieldValue.date(closeDate));
            if (probability != null) {
                record.field(PROBABILITY, FieldValue.number(probability));
            }
            return record.build();
        }

        IssueHistory history() {
            return IssueHistory.of(key, created, changes);
        }

        private static Instant at(String day) {
            return Instant.parse(day + "T09:00:00Z");
        }
    }

    /** The issue source the resources read, switched between the two paths between renders. */
    private static final class Switch implements IssueSource {
        private volatile IssueSource to;

        Switch(IssueSource to) {
            this.to = Objects.requireNonNull(to);
        }

        void to(IssueSource source) {
            this.to = Objects.requireNonNull(source);
        }

        @Override
        public IssueTable load(IssueQuery query) {
            return to.load(query);
        }

        @Override
        public long count(String jql, UserRef user) {
            return to.count(jql, user);
        }

        @Override
        public String jql(String source, UserRef user) {
            return to.jql(source, user);
        }
    }
}
