package org.saleskpi.core.gadget;

import org.saleskpi.core.metric.Unit;
import org.saleskpi.core.period.Period;

/** A dataset of one figure over one period (bar, calculation, pie): what its JSON starts with. */
public interface FigureDataset {
    String currency();

    Unit unit();

    String figure();

    Period period();

    /** The members every figure dataset's JSON starts with, {@code type} being the gadget type's key. */
    default Node.Fields json(String type) {
        return Node.fields().put("type", type).put("currency", currency()).put("unit", unit().key())
                .put("figure", figure()).put("period", Node.period(period()));
    }
}
