package org.saleskpi.store.upgrade;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The standalone store's model version ({@code AO_xxxxxx_MODEL_VERSION}, one row). Jira keeps this
 * number in its plugin settings instead, so the {@code <ao>} module never names this entity.
 */
@Table("ModelVersion")
public interface ModelVersionEntity extends Entity {

    /**
     * Kept as text, as Jira keeps it. Unique, so two nodes that both find an empty store cannot
     * both record a first version: the second insert fails and its transaction rolls back.
     */
    @NotNull
    @Unique
    String getModelVersion();

    void setModelVersion(String modelVersion);
}
