package org.saleskpi.core.issue;

/**
 * An {@link IssueSource} that cannot answer yet: its issues are still being read (a cache warming up after
 * the app starts). Hosts answer HTTP 503 with the percentage, and gadgets say "warming up" instead of
 * falling back to a search that would load what the cache is there to spare.
 */
public final class IssuesNotReady extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int percent;

    /** @param percent how much of the issues are read, 0 to 99 */
    public IssuesNotReady(int percent) {
        super("The issues are still being read: " + percent + " %.");
        if (percent < 0 || percent > 99) {
            throw new IllegalArgumentException("percent must be 0 to 99: " + percent);
        }
        this.percent = percent;
    }

    public int percent() {
        return percent;
    }
}
