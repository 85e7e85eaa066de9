package org.saleskpi.server.database;

import java.time.Instant;
import java.util.Map;
import net.java.ao.Query;
import org.saleskpi.store.AoSession;

/** The server's own settings in its database; today the record that its first start completed. */
public final class ServerSettings {
    static final String FIRST_START = "first-start-completed";

    private final AoSession session;

    public ServerSettings(AoSession session) {
        this.session = session;
        session.migrate(ServerSettingEntity.class);
    }

    /** True until {@link #recordFirstStart} ran once on this database: the demo data is loaded then. */
    public boolean isFirstStart() {
        return session.count(ServerSettingEntity.class, Query.select().where("NAME = ?", FIRST_START)) == 0;
    }

    /** Records that the first start's work (the demo data) is done; the name is unique, so it happens once. */
    public void recordFirstStart(Instant when) {
        session.create(ServerSettingEntity.class, Map.of("NAME", FIRST_START, "VALUE", when.toString()));
    }
}
