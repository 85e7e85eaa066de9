package org.saleskpi.web.kpi;

import java.util.List;
import java.util.Locale;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.metric.Unit;
import org.saleskpi.web.page.Messages;

/**
 * What the REST answers say about a KPI: its name and description as the common bundle writes them
 * ({@code saleskpi.kpi.<key>.name} and {@code .description}, the only place they are written), and
 * its unit as JSON names it.
 */
public final class KpiTexts {
    private static final Messages.Cache BUNDLES = new Messages.Cache(KpiTexts.class.getClassLoader());

    private final Messages messages;

    private KpiTexts(Messages messages) {
        this.messages = messages;
    }

    /** The texts in English, the language of every REST answer that does not localise. */
    public static KpiTexts english() {
        return new KpiTexts(BUNDLES.get(Locale.ENGLISH, List.of("common")));
    }

    public static String nameKey(Kpi kpi) {
        return kpi.messageKey() + ".name";
    }

    public static String descriptionKey(Kpi kpi) {
        return kpi.messageKey() + ".description";
    }

    public String name(Kpi kpi) {
        return messages.getText(nameKey(kpi));
    }

    public String description(Kpi kpi) {
        return messages.getText(descriptionKey(kpi));
    }

    /** A unit as JSON names it: {@code amount}, {@code count}, {@code days}, {@code ratio}, {@code number}. */
    public static String unitKey(Unit unit) {
        return unit.key();
    }
}
