package org.saleskpi.web;

import java.util.ArrayList;
import java.util.List;
import org.saleskpi.web.error.ErrorMappers;
import org.saleskpi.web.json.GsonProvider;

/**
 * The shared REST resources and providers, built over a host's {@link RestServices}. A host mounts
 * them under {@code /rest/saleskpi/1.0} and adds its own (the server: sessions, users, issues).
 */
public final class RestResources {
    private RestResources() {
    }

    public static List<Object> resources(RestServices services) {
        List<Object> resources = new ArrayList<>();
        resources.add(new HealthResource());
        resources.add(new org.saleskpi.web.kpi.KpiResource(services));
        resources.add(new org.saleskpi.web.profile.ProfileResource(services));
        resources.add(new org.saleskpi.web.catalog.PickerResource(services));
        resources.add(new org.saleskpi.web.gadget.GadgetResource(services));
        return resources;
    }

    public static List<Object> providers() {
        List<Object> providers = new ArrayList<>();
        providers.add(new GsonProvider());
        providers.addAll(ErrorMappers.all());
        return providers;
    }
}
