package org.saleskpi.core.gadget;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.saleskpi.core.period.Bucket;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.period.SalesCalendar;
import org.saleskpi.core.validation.InvalidInputException;

/**
 * A range of dates cut into buckets: the x axis of the line, completed and worked-on gadgets.
 *
 * @param whole the whole period the range is a part of, which a comparison shifts back: the year
 *     of a year-to-date range, else the range itself
 */
public record Timeline(Period range, Bucket bucket, Period whole) {
    /** More points than this cannot be told apart on a gadget, and would only load the server. */
    public static final int MAX_BUCKETS = 1000;

    public Timeline {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(whole, "whole");
        if (range.start().isBefore(whole.start()) || range.end().isAfter(whole.end())) {
            throw new IllegalArgumentException("range " + range + " is not a part of " + whole);
        }
    }

    /** A range that is a whole period of its own. */
    public Timeline(Period range, Bucket bucket) {
        this(range, bucket, range);
    }

    /** The buckets in order, the first and last clipped to the range (see {@link SalesCalendar#buckets}). */
    public List<Period> buckets(SalesCalendar calendar) {
        // Count before building: a daily bucket over a century must fail fast, not allocate.
        int count = 0;
        for (LocalDate start = calendar.bucketStart(range.start(), bucket); start.isBefore(range.end());
                start = calendar.advance(start, bucket, 1)) {
            if (++count > MAX_BUCKETS) {
                throw InvalidInputException.of("bucket", "saleskpi.gadget.bucket.tooMany", "bucket " + bucket.key() + " cuts " + range + " into more than "
                        + MAX_BUCKETS + " buckets; pick a larger bucket or a shorter range", MAX_BUCKETS);
            }
        }
        return calendar.buckets(range, bucket);
    }

    /**
     * The whole buckets of the period before {@link #whole} (see {@link SalesCalendar#previous}), in
     * order: bucket i of the range is compared with bucket i of this list. Buckets at its edges are
     * widened to whole buckets, so that no comparison covers a few days of a bucket only.
     */
    public List<Period> previousBuckets(SalesCalendar calendar) {
        List<Period> clipped = new Timeline(calendar.previous(whole), bucket).buckets(calendar);
        return clipped.stream().map(b -> calendar.bucketOf(b.start(), bucket)).toList();
    }
}
