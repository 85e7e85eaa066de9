package org.saleskpi.server.database;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;
import org.saleskpi.store.AoSession;

/**
 * The server's own settings in its database, by unique name: the record that its first start
 * completed, and what the demo set up for the pages to use.
 */
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

    /** The value stored under {@code name}, if any. */
    public Optional<String> get(String name) {
        return Arrays.stream(session.find(ServerSettingEntity.class, Query.select().where("NAME = ?", name)))
                .findFirst().map(ServerSettingEntity::getValue);
    }

    /**
     * Stores {@code value} under {@code name} unless a value is stored there already; true when this
     * call stored it. The name is unique, so of two nodes or requests racing, one wins.
     */
    public synchronized boolean putIfAbsent(String name, String value) {
        if (get(name).isPresent()) {
            return false;
        }
        try {
            session.create(ServerSettingEntity.class, Map.of("NAME", name, "VALUE", value));
            return true;
        } catch (RuntimeException e) {
            if (get(name).isPresent()) {
                return false; // another node stored it first
            }
            throw e;
        }
    }

    /** Forgets the value stored under {@code name}, if any. */
    public void remove(String name) {
        session.deleteWithSQL(ServerSettingEntity.class, "NAME = ?", name);
    }
}
