package org.saleskpi.jira.panel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import org.saleskpi.core.goal.IssueTargets;
import org.saleskpi.core.goal.Target;
import org.saleskpi.core.goal.TargetKind;
import org.saleskpi.web.page.Escaper;
import org.saleskpi.web.page.Messages;

/**
 * One line of the issue panel: a target of the viewer's that the issue counts toward, as texts in the viewer's
 * language, HTML-escaped when the row is made so that the template prints them as they are. No-argument getters
 * only, because Velocity reads {@code $row.goalName} through {@code getGoalName()} and Jira's Velocity allowlist
 * names each of them.
 */
public final class IssueTargetRow {
    private static final Escaper ESCAPER = new Escaper();

    private final String goalName;
    private final String targetName;
    private final String measured;
    private final String aim;
    private final int percentValue;
    private final String percent;
    private final String statusKey;
    private final String status;
    private final boolean stale;

    private IssueTargetRow(String goalName, String targetName, String measured, String aim, int percentValue,
            String percent, String statusKey, String status, boolean stale) {
        this.goalName = ESCAPER.html(goalName);
        this.targetName = ESCAPER.html(targetName);
        this.measured = ESCAPER.html(measured);
        this.aim = ESCAPER.html(aim);
        this.percentValue = percentValue;
        this.percent = ESCAPER.html(percent);
        this.statusKey = ESCAPER.html(statusKey);
        this.status = ESCAPER.html(status);
        this.stale = stale;
    }

    /**
     * The row of a counted target: values as the locale writes numbers (money with its currency, the unit label
     * after the others), progress in whole percent rounded down so that 100 % means reached.
     */
    public static IssueTargetRow of(IssueTargets.Counted counted, Messages texts, Locale locale) {
        Target target = counted.target();
        BigDecimal fraction = counted.pace().progress().fraction();
        int percentValue = fraction.movePointRight(2).setScale(0, RoundingMode.DOWN).intValueExact();
        NumberFormat percentFormat = NumberFormat.getPercentInstance(locale);
        percentFormat.setMaximumFractionDigits(0);
        percentFormat.setRoundingMode(RoundingMode.DOWN);
        String statusKey = counted.pace().status().key();
        return new IssueTargetRow(counted.goal().name(), target.name(), value(target, target.currentValue(), locale),
                value(target, target.targetValue(), locale), percentValue, percentFormat.format(fraction),
                statusKey, texts.getText("saleskpi.goals.status." + statusKey), counted.unavailable().isPresent());
    }

    private static String value(Target target, BigDecimal value, Locale locale) {
        NumberFormat format;
        if (target.kind() instanceof TargetKind.Amount amount) {
            format = NumberFormat.getCurrencyInstance(locale);
            format.setCurrency(amount.currency());
        } else {
            format = NumberFormat.getNumberInstance(locale);
            format.setMaximumFractionDigits(2);
        }
        String number = format.format(value);
        return target.unitLabel().map(label -> number + " " + label).orElse(number);
    }

    public String getGoalName() {
        return goalName;
    }

    public String getTargetName() {
        return targetName;
    }

    public String getMeasured() {
        return measured;
    }

    public String getAim() {
        return aim;
    }

    /** 0 to 100, for the {@code <progress>} element. */
    public int getPercentValue() {
        return percentValue;
    }

    public String getPercent() {
        return percent;
    }

    /** {@code done}, {@code not-started}, {@code on-track}, {@code at-risk} or {@code off-track}. */
    public String getStatusKey() {
        return statusKey;
    }

    public String getStatus() {
        return status;
    }

    /** Whether the value could not be measured now and is the last one stored. */
    public boolean isStale() {
        return stale;
    }
}
