package org.saleskpi.core.gadget;

/**
 * When an option applies, judged on the chosen figures: the form disables it otherwise. On a figure
 * option itself it narrows which figures may be chosen (the pie's slices need figures that add up).
 */
public enum Applies {
    /** Only for figures that add up (see {@link Additive}). */
    ADDITIVE("additive"),
    /** Only for figures that can be cut into a grouping's parts (see {@link Additive#inParts}). */
    PARTS("parts"),
    /** Only for figures in money. */
    MONEY("money"),
    /** Only when all chosen figures share one unit. */
    ONE_UNIT("one-unit");

    private final String key;

    Applies(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
