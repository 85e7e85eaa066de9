package org.saleskpi.store.kpi;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * One stage of a KPI profile's pipeline ({@code AO_xxxxxx_PIPELINE_STAGE}): a status, its place in
 * the profile's order and its win probability.
 */
@Table("PipelineStage")
public interface PipelineStageEntity extends Entity {

    @NotNull
    @Indexed
    long getProfileId();

    void setProfileId(long profileId);

    /** 0 for the first stage; the profile's stages are read in this order. */
    @NotNull
    int getSortPosition();

    void setSortPosition(int sortPosition);

    @NotNull
    String getStatus();

    void setStatus(String status);

    /**
     * The win probability in [0, 1] as plain decimal text ({@code 0.4}), exactly as entered: AO has no
     * decimal column type and a double would turn 0.35 into a neighbour. Null when the stage gives none.
     */
    String getWinProbability();

    void setWinProbability(String winProbability);
}
