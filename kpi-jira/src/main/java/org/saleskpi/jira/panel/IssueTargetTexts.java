package org.saleskpi.jira.panel;

import java.util.Map;
import org.saleskpi.web.page.Messages;
import org.saleskpi.web.page.TemplateTexts;

/** {@code $saleskpiText} in the issue panel's template: its texts in the viewer's language, HTML-escaped. */
public final class IssueTargetTexts extends TemplateTexts {
    /** The panel's texts: property, i18n key. */
    public static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("failed", "saleskpi.issueTargets.failed"),
            Map.entry("empty", "saleskpi.issueTargets.empty"),
            Map.entry("label", "saleskpi.issueTargets.label"),
            Map.entry("target", "saleskpi.issueTargets.target"),
            Map.entry("measured", "saleskpi.issueTargets.measured"),
            Map.entry("aim", "saleskpi.issueTargets.aim"),
            Map.entry("percent", "saleskpi.issueTargets.percent"),
            Map.entry("status", "saleskpi.issueTargets.status"),
            Map.entry("goal", "saleskpi.issueTargets.goal"),
            Map.entry("unavailable", "saleskpi.issueTargets.unavailable"));

    public IssueTargetTexts(Messages messages) {
        super(messages);
    }

    @Override
    public Map<String, String> keys() {
        return KEYS;
    }

    public String getFailed() {
        return html("failed");
    }

    public String getEmpty() {
        return html("empty");
    }

    public String getLabel() {
        return html("label");
    }

    public String getTarget() {
        return html("target");
    }

    public String getMeasured() {
        return html("measured");
    }

    public String getAim() {
        return html("aim");
    }

    public String getPercent() {
        return html("percent");
    }

    public String getStatus() {
        return html("status");
    }

    public String getGoal() {
        return html("goal");
    }

    public String getUnavailable() {
        return html("unavailable");
    }
}
