package org.saleskpi.web;

import java.time.Clock;
import java.util.Objects;
import org.saleskpi.core.drill.KeySelections;
import org.saleskpi.core.goal.GoalFolderRepository;
import org.saleskpi.core.goal.GoalRepository;
import org.saleskpi.core.goal.TargetRepository;
import org.saleskpi.core.goal.ValueHistoryRepository;
import org.saleskpi.core.goal.checkin.CheckInRepository;
import org.saleskpi.core.issue.IssueCatalog;
import org.saleskpi.core.issue.IssueSource;
import org.saleskpi.core.kpi.KpiProfileRepository;
import org.saleskpi.core.kpi.QuotaRepository;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.core.user.Directory;

/**
 * What the REST resources need from their host: the ports it implements, the stored repositories and the key lists
 * drill-down links too long for their keys are saved in (ADR 0033).
 */
public record RestServices(
        AccessPolicy access,
        IssueSource issues,
        IssueCatalog catalog,
        Directory directory,
        KpiProfileRepository profiles,
        GoalRepository goals,
        TargetRepository targets,
        ValueHistoryRepository history,
        GoalFolderRepository folders,
        QuotaRepository quotas,
        Clock clock,
        KeySelections selections,
        CheckInRepository checkIns) {

    public RestServices {
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(issues, "issues");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(profiles, "profiles");
        Objects.requireNonNull(goals, "goals");
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(folders, "folders");
        Objects.requireNonNull(quotas, "quotas");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(selections, "selections");
        Objects.requireNonNull(checkIns, "checkIns");
    }
}
