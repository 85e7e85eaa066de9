package org.saleskpi.core.dashboard;

import java.util.List;
import java.util.Optional;
import org.saleskpi.core.goal.ConflictException;
import org.saleskpi.core.goal.Page;
import org.saleskpi.core.goal.PageRequest;

/**
 * Port: where standalone dashboards and their gadgets are kept. Every write is one transaction.
 * Versioned writes fail with {@link ConflictException} when another write came first. Placing,
 * moving and removing gadgets renumber the positions of the columns they touch as 0, 1, 2...
 */
public interface DashboardRepository {

    Dashboard create(Dashboard dashboard);

    Optional<Dashboard> get(long id);

    /** A user's dashboards by name. */
    Page<Dashboard> ofOwner(String ownerKey, PageRequest page);

    /** Stores the name and layout if {@code dashboard.version()} is still current; returns the next version. */
    Dashboard update(Dashboard dashboard);

    /** Deletes the dashboard and every gadget on it. */
    void delete(long id);

    /** The dashboard's gadgets by column, then position. */
    List<GadgetInstance> gadgets(long dashboardId);

    /**
     * Places a gadget at {@code column}, {@code position} (clamped to the column's end), moving
     * the gadgets below it down one place.
     */
    GadgetInstance addGadget(long dashboardId, String gadgetType, int column, int position, String preferencesJson);

    /** Moves a gadget to {@code column}, {@code position} (clamped to the column's end). */
    GadgetInstance moveGadget(long gadgetId, int column, int position);

    void removeGadget(long gadgetId);

    /** Stores the preferences if {@code gadget.version()} is still current; returns the next version. */
    GadgetInstance updatePreferences(GadgetInstance gadget);
}
