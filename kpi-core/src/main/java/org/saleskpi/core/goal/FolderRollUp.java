package org.saleskpi.core.goal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The progress of a folder's goals, its sub-folders' included (ADR 0062): the plain mean of the goals' progress,
 * each goal counting once whatever its targets, over the goals that have targets. Archived goals are left out, as
 * the goal list leaves them out.
 *
 * @param goals how many active goals the folder and its sub-folders hold
 * @param measured how many of them have targets, so a progress
 * @param progress the mean, rounded down to {@link Progress#PRECISION}; empty when no goal is measured
 */
public record FolderRollUp(int goals, int measured, Optional<Progress> progress) {

    /**
     * Every folder's roll-up, by folder id, in the order of {@code folders}.
     *
     * @param goals the project's goals, measured (computed targets filled in)
     */
    public static Map<Long, FolderRollUp> of(List<GoalFolder> folders, Collection<Goal> goals) {
        Map<Long, Long> parents = new HashMap<>();
        for (GoalFolder folder : folders) {
            parents.put(folder.id(), folder.parentId().orElse(null));
        }
        Map<Long, List<Goal>> inside = new HashMap<>();
        for (Goal goal : goals) {
            if (goal.archived() || goal.folderId().isEmpty()) {
                continue;
            }
            // The goal counts in its folder and in every folder above it.
            Set<Long> seen = new HashSet<>();
            Long folder = goal.folderId().get();
            while (folder != null && parents.containsKey(folder) && seen.add(folder)) {
                inside.computeIfAbsent(folder, id -> new ArrayList<>()).add(goal);
                folder = parents.get(folder);
            }
        }
        Map<Long, FolderRollUp> rollUps = new LinkedHashMap<>();
        for (GoalFolder folder : folders) {
            rollUps.put(folder.id(), of(inside.getOrDefault(folder.id(), List.of())));
        }
        return rollUps;
    }

    /** The roll-up of these goals. */
    static FolderRollUp of(List<Goal> goals) {
        BigDecimal sum = BigDecimal.ZERO;
        int measured = 0;
        for (Goal goal : goals) {
            Optional<Progress> progress = goal.progress();
            if (progress.isPresent()) {
                sum = sum.add(progress.get().fraction());
                measured++;
            }
        }
        Optional<Progress> mean = measured == 0 ? Optional.empty()
                : Optional.of(new Progress(sum.divide(BigDecimal.valueOf(measured), Progress.PRECISION)));
        return new FolderRollUp(goals.size(), measured, mean);
    }
}
