package org.saleskpi.server.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;
import org.saleskpi.core.dashboard.Dashboard;
import org.saleskpi.core.dashboard.DashboardRepository;
import org.saleskpi.core.dashboard.GadgetInstance;
import org.saleskpi.core.dashboard.Layout;
import org.saleskpi.core.goal.ConflictException;
import org.saleskpi.core.goal.Page;
import org.saleskpi.core.goal.PageRequest;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.core.validation.Validator;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.VersionCheck;

/**
 * Standalone dashboards and their gadgets in Active Objects. A dashboard's version guards its name
 * and layout, a gadget's version its preferences; placing gadgets is not versioned (a dashboard has
 * one owner), and every placement renumbers the columns it touches, so positions stay 0, 1, 2...
 */
public final class StoredDashboards implements DashboardRepository {
    private static final String DASHBOARD = "Dashboard";
    private static final String GADGET = "Gadget";
    private static final String GADGET_ORDER = "COLUMN_INDEX ASC, SORT_POSITION ASC, ID ASC";

    private final AoSession session;
    private final VersionCheck dashboardVersions;
    private final VersionCheck gadgetVersions;

    public StoredDashboards(AoSession session) {
        this.session = session;
        this.dashboardVersions = new VersionCheck(session, DashboardVersionEntity.class, DASHBOARD);
        this.gadgetVersions = new VersionCheck(session, GadgetVersionEntity.class, GADGET);
    }

    @Override
    public Dashboard create(Dashboard dashboard) {
        return session.inTransaction(() -> {
            DashboardEntity row = session.create(DashboardEntity.class, Map.of(
                    "OWNER_KEY", dashboard.ownerKey(),
                    "NAME", dashboard.name(),
                    "LAYOUT_KEY", dashboard.layout().name(),
                    "ROW_VERSION", 1L));
            dashboardVersions.start(row.getID());
            return dashboard(row);
        });
    }

    @Override
    public Optional<Dashboard> get(long id) {
        return Optional.ofNullable(dashboardRow(id)).map(StoredDashboards::dashboard);
    }

    @Override
    public Page<Dashboard> ofOwner(String ownerKey, PageRequest page) {
        DashboardEntity[] rows = session.find(DashboardEntity.class, Query.select().where("OWNER_KEY = ?", ownerKey)
                .order("NAME ASC, ID ASC").limit(page.limit()).offset(page.offset()));
        int total = session.count(DashboardEntity.class, Query.select().where("OWNER_KEY = ?", ownerKey));
        return new Page<>(Arrays.stream(rows).map(StoredDashboards::dashboard).toList(), total);
    }

    @Override
    public Dashboard update(Dashboard dashboard) {
        return dashboardVersions.update(dashboard.id(), dashboard.version(), next -> {
            DashboardEntity row = dashboardRow(dashboard.id());
            if (row == null) {
                throw ConflictException.gone(DASHBOARD, dashboard.id());
            }
            row.setName(dashboard.name());
            row.setLayoutKey(dashboard.layout().name());
            row.setRowVersion(next);
            row.save();
            foldIntoColumns(row.getID(), dashboard.layout().columns());
            return dashboard(row);
        });
    }

    @Override
    public void delete(long id) {
        dashboardVersions.inTransaction(id, () -> {
            for (GadgetEntity gadget : gadgetRows(id)) {
                gadgetVersions.remove(gadget.getID());
            }
            session.deleteWithSQL(GadgetEntity.class, "DASHBOARD_ID = ?", id);
            dashboardVersions.remove(id);
            return session.deleteWithSQL(DashboardEntity.class, "ID = ?", id);
        });
    }

    @Override
    public List<GadgetInstance> gadgets(long dashboardId) {
        return gadgetRows(dashboardId).stream().map(StoredDashboards::gadget).toList();
    }

    @Override
    public GadgetInstance addGadget(long dashboardId, String gadgetType, int column, int position,
            String preferencesJson) {
        GadgetInstance wanted = new GadgetInstance(0, dashboardId, gadgetType, column, position, preferencesJson, 0);
        // Gadgets are arranged without versions (one owner per dashboard); two tabs moving them at
        // once are still told of the clash rather than shown a database error.
        return dashboardVersions.inTransaction(dashboardId, () -> {
            checkColumn(dashboardId, column);
            Map<String, Object> values = new HashMap<>();
            values.put("DASHBOARD_ID", dashboardId);
            values.put("GADGET_TYPE", wanted.gadgetType());
            values.put("COLUMN_INDEX", column);
            values.put("SORT_POSITION", position);
            values.put("PREFERENCES", preferencesJson.isEmpty() ? null : preferencesJson);
            values.put("ROW_VERSION", 1L);
            GadgetEntity row = session.create(GadgetEntity.class, values);
            gadgetVersions.start(row.getID());
            place(row, column, position);
            return gadget(row);
        });
    }

    @Override
    public GadgetInstance moveGadget(long gadgetId, int column, int position) {
        return gadgetVersions.inTransaction(gadgetId, () -> {
            GadgetEntity row = gadgetRow(gadgetId);
            new Validator()
                    .check(column >= 0, "column", "saleskpi.dashboard.column.negative", "Column must not be negative")
                    .check(position >= 0, "position", "saleskpi.dashboard.position.negative",
                            "Position must not be negative")
                    .throwIfInvalid();
            checkColumn(row.getDashboardId(), column);
            int from = row.getColumnIndex();
            place(row, column, position);
            if (from != column) {
                renumber(column(row.getDashboardId(), from, row.getID()));
            }
            return gadget(row);
        });
    }

    @Override
    public void removeGadget(long gadgetId) {
        gadgetVersions.inTransaction(gadgetId, () -> {
            GadgetEntity row = gadgetRow(gadgetId);
            gadgetVersions.remove(gadgetId);
            session.deleteWithSQL(GadgetEntity.class, "ID = ?", gadgetId);
            renumber(column(row.getDashboardId(), row.getColumnIndex(), gadgetId));
            return null;
        });
    }

    @Override
    public GadgetInstance updatePreferences(GadgetInstance gadget) {
        return gadgetVersions.update(gadget.id(), gadget.version(), next -> {
            GadgetEntity row = gadgetRow(gadget.id());
            row.setPreferences(gadget.preferencesJson().isEmpty() ? null : gadget.preferencesJson());
            row.setRowVersion(next);
            row.save();
            return gadget(row);
        });
    }

    /** Puts {@code row} at {@code position} of {@code column} (at most its end) and renumbers that column. */
    private void place(GadgetEntity row, int column, int position) {
        List<GadgetEntity> gadgets = new ArrayList<>(column(row.getDashboardId(), column, row.getID()));
        gadgets.add(Math.min(position, gadgets.size()), row);
        row.setColumnIndex(column);
        renumber(gadgets);
    }

    /** After a layout loses columns, their gadgets go below those of the last column left, in order. */
    private void foldIntoColumns(long dashboardId, int columns) {
        List<GadgetEntity> rows = gadgetRows(dashboardId);
        if (rows.stream().noneMatch(g -> g.getColumnIndex() >= columns)) {
            return;
        }
        List<GadgetEntity> last = new ArrayList<>();
        for (GadgetEntity g : rows) {
            if (g.getColumnIndex() >= columns - 1) {
                g.setColumnIndex(columns - 1);
                last.add(g);
            }
        }
        renumber(last);
    }

    /** Gives the gadgets of one column the positions 0, 1, 2... in list order, and saves them. */
    private static void renumber(List<GadgetEntity> column) {
        for (int i = 0; i < column.size(); i++) {
            GadgetEntity g = column.get(i);
            g.setSortPosition(i);
            g.save();
        }
    }

    private List<GadgetEntity> column(long dashboardId, int column, long exceptGadgetId) {
        return Arrays.asList(session.find(GadgetEntity.class, Query.select()
                .where("DASHBOARD_ID = ? AND COLUMN_INDEX = ? AND ID <> ?", dashboardId, column, exceptGadgetId)
                .order(GADGET_ORDER)));
    }

    private List<GadgetEntity> gadgetRows(long dashboardId) {
        return Arrays.asList(session.find(GadgetEntity.class,
                Query.select().where("DASHBOARD_ID = ?", dashboardId).order(GADGET_ORDER)));
    }

    private void checkColumn(long dashboardId, int column) {
        DashboardEntity dashboard = dashboardRow(dashboardId);
        if (dashboard == null) {
            throw ConflictException.gone(DASHBOARD, dashboardId);
        }
        int columns = Layout.valueOf(dashboard.getLayoutKey()).columns();
        if (column >= columns) {
            throw InvalidInputException.of("column", "saleskpi.dashboard.column.outOfLayout",
                    "This dashboard has " + columns + " column(s); column " + column + " is not one of them", columns);
        }
    }

    private DashboardEntity dashboardRow(long id) {
        // AO's Entity ids are ints; a larger id was never issued.
        return id <= 0 || id > Integer.MAX_VALUE ? null : session.get(DashboardEntity.class, (int) id);
    }

    private GadgetEntity gadgetRow(long id) {
        GadgetEntity row = id <= 0 || id > Integer.MAX_VALUE ? null : session.get(GadgetEntity.class, (int) id);
        if (row == null) {
            throw ConflictException.gone(GADGET, id);
        }
        return row;
    }

    private static Dashboard dashboard(DashboardEntity row) {
        return new Dashboard(row.getID(), row.getOwnerKey(), row.getName(), Layout.valueOf(row.getLayoutKey()),
                row.getRowVersion());
    }

    private static GadgetInstance gadget(GadgetEntity row) {
        return new GadgetInstance(row.getID(), row.getDashboardId(), row.getGadgetType(), row.getColumnIndex(),
                row.getSortPosition(), row.getPreferences() == null ? "" : row.getPreferences(), row.getRowVersion());
    }
}
