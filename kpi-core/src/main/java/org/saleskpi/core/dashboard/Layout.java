package org.saleskpi.core.dashboard;

/** How many columns a dashboard shows its gadgets in. */
public enum Layout {
    ONE_COLUMN(1),
    TWO_COLUMNS(2),
    THREE_COLUMNS(3);

    private final int columns;

    Layout(int columns) {
        this.columns = columns;
    }

    public int columns() {
        return columns;
    }
}
