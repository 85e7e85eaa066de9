package org.saleskpi.web;

import java.util.ArrayList;
import java.util.List;
import org.saleskpi.web.catalog.PermissionsResource;
import org.saleskpi.web.catalog.PickerResource;
import org.saleskpi.web.error.ErrorMappers;
import org.saleskpi.web.gadget.GadgetResource;
import org.saleskpi.web.gadget.GadgetTypesResource;
import org.saleskpi.web.goal.CheckInResource;
import org.saleskpi.web.goal.FolderResource;
import org.saleskpi.web.goal.GoalResource;
import org.saleskpi.web.goal.IssueTargetsResource;
import org.saleskpi.web.goal.TargetResource;
import org.saleskpi.web.guard.GuardFilter;
import org.saleskpi.web.guard.Guardrails;
import org.saleskpi.web.guard.Limits;
import org.saleskpi.web.json.GsonProvider;
import org.saleskpi.web.kpi.KpiResource;
import org.saleskpi.web.page.TextsResource;
import org.saleskpi.web.profile.ProfileResource;
import org.saleskpi.web.quota.QuotaResource;
import org.saleskpi.web.reference.ReferenceResource;

/**
 * The shared REST resources and providers, built over a host's {@link RestServices}. A host mounts
 * them under {@code /rest/saleskpi/1.0} and adds its own (the server: sessions, users, issues).
 */
public final class RestResources {
    private RestResources() {
    }

    /** The resources, guarded by default {@link Limits} of their own. */
    public static List<Object> resources(RestServices services) {
        return resources(services, Guardrails.fixed(Limits.defaults(), services.clock()));
    }

    /** The resources, the computing ones behind the host's one {@link Guardrails}. */
    public static List<Object> resources(RestServices services, Guardrails guardrails) {
        List<Object> resources = new ArrayList<>();
        resources.add(new GuardFilter(services, guardrails));
        resources.add(new HealthResource());
        resources.add(new TextsResource());
        resources.add(new ReferenceResource());
        resources.add(new KpiResource(services));
        resources.add(new ProfileResource(services));
        resources.add(new PickerResource(services));
        resources.add(new PermissionsResource(services));
        resources.add(new GadgetTypesResource());
        resources.add(new GadgetResource(services));
        resources.add(new GoalResource(services));
        resources.add(new TargetResource(services));
        resources.add(new IssueTargetsResource(services));
        resources.add(new FolderResource(services));
        resources.add(new CheckInResource(services));
        resources.add(new QuotaResource(services));
        return resources;
    }

    public static List<Object> providers() {
        List<Object> providers = new ArrayList<>();
        providers.add(new GsonProvider());
        providers.addAll(ErrorMappers.all());
        return providers;
    }
}
