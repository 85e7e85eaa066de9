package org.saleskpi.web.page;

import java.util.Map;

/**
 * {@code $text} in the page templates: every text they show, in the page's language and HTML-escaped. The
 * templates print {@code $text.goalsTitle}; nothing in them calls a method with arguments.
 */
public final class PageText extends TemplateTexts {
    /** The templates' texts: property, i18n key. */
    public static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("productName", "saleskpi.product.name"),
            Map.entry("navSkip", "saleskpi.nav.skip"),
            Map.entry("navLabel", "saleskpi.nav.label"),
            Map.entry("navDashboards", "saleskpi.nav.dashboards"),
            Map.entry("navGoals", "saleskpi.nav.goals"),
            Map.entry("navProfiles", "saleskpi.nav.profiles"),
            Map.entry("navIssues", "saleskpi.nav.issues"),
            Map.entry("navImport", "saleskpi.nav.import"),
            Map.entry("navUsers", "saleskpi.nav.users"),
            Map.entry("navConnections", "saleskpi.nav.connections"),
            Map.entry("navMail", "saleskpi.nav.mail"),
            Map.entry("navSubscriptions", "saleskpi.nav.subscriptions"),
            Map.entry("navMore", "saleskpi.nav.more"),
            Map.entry("navSignOut", "saleskpi.nav.signOut"),
            Map.entry("errorHome", "saleskpi.error.home"),
            Map.entry("loading", "saleskpi.admin.loading"),
            Map.entry("goalsTitle", "saleskpi.goals.title"),
            Map.entry("goalsLoading", "saleskpi.goals.loading"),
            Map.entry("profileTitle", "saleskpi.page.profile.title"),
            Map.entry("profilesTitle", "saleskpi.page.profiles.title"),
            Map.entry("profilesIntro", "saleskpi.admin.profiles.intro"),
            Map.entry("usersTitle", "saleskpi.page.adminUsers.title"),
            Map.entry("importTitle", "saleskpi.page.import.title"),
            Map.entry("importIntro", "saleskpi.admin.import.intro"),
            Map.entry("issuesTitle", "saleskpi.page.issues.title"),
            Map.entry("loginHeading", "saleskpi.login.heading"),
            Map.entry("loginUsername", "saleskpi.login.username"),
            Map.entry("loginPassword", "saleskpi.login.password"),
            Map.entry("loginSubmit", "saleskpi.login.submit"),
            // The standalone server's dashboard pages (its own bundle).
            Map.entry("dashboardsTitle", "saleskpi.dashboard.title"),
            Map.entry("dashboardsNoScript", "saleskpi.dashboard.noscript"),
            Map.entry("gadgetLoading", "saleskpi.gadget.loading"));

    public PageText(Messages messages) {
        super(messages);
    }

    @Override
    public Map<String, String> keys() {
        return KEYS;
    }

    public String getProductName() {
        return html("productName");
    }

    public String getNavSkip() {
        return html("navSkip");
    }

    public String getNavLabel() {
        return html("navLabel");
    }

    public String getNavDashboards() {
        return html("navDashboards");
    }

    public String getNavGoals() {
        return html("navGoals");
    }

    public String getNavProfiles() {
        return html("navProfiles");
    }

    public String getNavIssues() {
        return html("navIssues");
    }

    public String getNavImport() {
        return html("navImport");
    }

    public String getNavUsers() {
        return html("navUsers");
    }

    public String getNavConnections() {
        return html("navConnections");
    }

    public String getNavMail() {
        return html("navMail");
    }

    public String getNavSubscriptions() {
        return html("navSubscriptions");
    }

    public String getNavMore() {
        return html("navMore");
    }

    public String getNavSignOut() {
        return html("navSignOut");
    }

    public String getErrorHome() {
        return html("errorHome");
    }

    public String getLoading() {
        return html("loading");
    }

    public String getGoalsTitle() {
        return html("goalsTitle");
    }

    public String getGoalsLoading() {
        return html("goalsLoading");
    }

    public String getProfileTitle() {
        return html("profileTitle");
    }

    public String getProfilesTitle() {
        return html("profilesTitle");
    }

    public String getProfilesIntro() {
        return html("profilesIntro");
    }

    public String getUsersTitle() {
        return html("usersTitle");
    }

    public String getImportTitle() {
        return html("importTitle");
    }

    public String getImportIntro() {
        return html("importIntro");
    }

    public String getIssuesTitle() {
        return html("issuesTitle");
    }

    public String getLoginHeading() {
        return html("loginHeading");
    }

    public String getLoginUsername() {
        return html("loginUsername");
    }

    public String getLoginPassword() {
        return html("loginPassword");
    }

    public String getLoginSubmit() {
        return html("loginSubmit");
    }

    public String getDashboardsTitle() {
        return html("dashboardsTitle");
    }

    public String getDashboardsNoScript() {
        return html("dashboardsNoScript");
    }

    public String getGadgetLoading() {
        return html("gadgetLoading");
    }
}
