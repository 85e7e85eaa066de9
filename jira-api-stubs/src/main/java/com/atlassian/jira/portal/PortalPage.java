/*
 * Compile-only stub of Jira 11.3 com.atlassian.jira.portal.PortalPage (a final class, @PublicApi: one dashboard);
 * never packaged. Source: the public copy of Jira 6.x's jira-api (turgaycelik/mysource at ee01e28,
 * jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/portal/PortalPage.java):
 * "public final class PortalPage implements SharedEntity", Long getId(), String getName(). Only those two are
 * stubbed (SharedEntity is left out: nothing here links through it). Jira builds its instances with
 * PortalPage.Builder; the constructor below is for tests only and does not exist in Jira. UNVERIFIED for 10/11.
 */
package com.atlassian.jira.portal;

public final class PortalPage {
    private final Long id;
    private final String name;

    /** Tests only: Jira's constructor is private, used by its Builder. */
    public PortalPage(Long id, String name) {
        this.id = id;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
