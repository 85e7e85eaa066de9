package org.saleskpi.server.dashboard;

import java.util.Locale;

/** What a user may do with one dashboard, each level including the ones before it. */
public enum Reach {
    /** Not even see it: the dashboard answers 404, as if it did not exist. */
    NONE,
    /** See its gadgets, computed as them; star it. */
    VIEW,
    /** Also arrange, add, configure and remove gadgets, and rename it. */
    EDIT,
    /** Its owner, or a global administrator: also share and delete it. */
    OWNER;

    public boolean includes(Reach other) {
        return compareTo(other) >= 0;
    }

    /** As JSON writes it: {@code view}. */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Reach of(Share.Rights rights) {
        return rights == Share.Rights.EDIT ? EDIT : VIEW;
    }
}
