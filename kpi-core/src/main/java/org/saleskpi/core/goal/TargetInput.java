package org.saleskpi.core.goal;

/**
 * A target as a client submits it, before validation: numbers as doubles, kind and currency as
 * codes, null for anything not sent. Fields mirror the JSON names so errors name what clients sent.
 *
 * <p>What each kind reads: number, currency and KPI read startValue (default 0) and targetValue
 * (required); number and currency read currentValue (default: the start value); true/false reads
 * currentValue (0 or 1, default 0); issues reads jql and takes its counts from Jira. Other
 * numbers are checked to be finite and otherwise ignored.
 *
 * @param kind a {@link TargetKind#key()}
 * @param currency ISO 4217 code, for currency targets
 * @param weight share in the goal's progress, default 1
 */
public record TargetInput(
        String name,
        String kind,
        String currency,
        String jql,
        String kpiKey,
        Long kpiProfileId,
        String unitLabel,
        Double startValue,
        Double targetValue,
        Double currentValue,
        String ownerKey,
        Double weight) {
}
