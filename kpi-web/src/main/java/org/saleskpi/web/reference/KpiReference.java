package org.saleskpi.web.reference;

import org.saleskpi.core.kpi.Kpi;

/** Where a KPI is explained: its section of docs/kpis.md, as the app serves it under the REST path. */
public final class KpiReference {
    /** The document's path under the REST base, e.g. {@code /rest/saleskpi/1.0}. */
    public static final String PATH = "/reference/kpis";

    private KpiReference() {
    }

    /** The anchor of the KPI's section: its key, so links survive a change of the KPI's English name. */
    public static String anchor(Kpi kpi) {
        return kpi.key();
    }

    /** The KPI's section, relative to the REST base: {@code /reference/kpis#win-rate}. */
    public static String path(Kpi kpi) {
        return PATH + "#" + anchor(kpi);
    }
}
