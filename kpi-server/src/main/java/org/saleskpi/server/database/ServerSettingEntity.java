package org.saleskpi.server.database;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A setting of the standalone server ({@code AO_xxxxxx_SERVER_SETTING}), kept in the database so
 * that several nodes on one PostgreSQL agree on it. Jira never has this table.
 */
@Table("ServerSetting")
public interface ServerSettingEntity extends Entity {

    @NotNull
    @Unique
    String getName();

    void setName(String name);

    String getValue();

    void setValue(String value);
}
