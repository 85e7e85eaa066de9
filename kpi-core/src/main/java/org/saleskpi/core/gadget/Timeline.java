package org.saleskpi.core.gadget;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.saleskpi.core.period.Bucket;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.period.SalesCalendar;
import org.saleskpi.core.validation.InvalidInputException;

/** A range of dates cut into buckets: the x axis of the line, completed and worked-on gadgets. */
public record Timeline(Period range, Bucket bucket) {
    /** More points than this cannot be told apart on a gadget, and would only load the server. */
    public static final int MAX_BUCKETS = 1000;

    public Timeline {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(bucket, "bucket");
    }

    /** The buckets in order, the first and last clipped to the range (see {@link SalesCalendar#buckets}). */
    public List<Period> buckets(SalesCalendar calendar) {
        // Count before building: a daily bucket over a century must fail fast, not allocate.
        int count = 0;
        for (LocalDate start = calendar.bucketStart(range.start(), bucket); start.isBefore(range.end());
                start = calendar.advance(start, bucket, 1)) {
            if (++count > MAX_BUCKETS) {
                throw InvalidInputException.of("bucket", "saleskpi.gadget.bucket.tooMany", "bucket " + bucket.key() + " cuts " + range + " into more than "
                        + MAX_BUCKETS + " buckets; pick a larger bucket or a shorter range");
            }
        }
        return calendar.buckets(range, bucket);
    }

    /** The same bucketing over the period just before the range (see {@link SalesCalendar#previous}). */
    public Timeline previous(SalesCalendar calendar) {
        return new Timeline(calendar.previous(range), bucket);
    }
}
