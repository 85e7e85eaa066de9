package org.saleskpi.web.gadget;

import com.google.gson.JsonObject;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueTable;

/** One gadget type's REST side: reads its options from the query, then builds its dataset as JSON. */
interface GadgetType {

    /** The type's key in {@code /gadgets/{type}}. */
    String key();

    /**
     * Reads and checks the options.
     *
     * @throws org.saleskpi.core.validation.InvalidInputException naming the query parameter
     */
    Plan plan(GadgetRequest request);

    /**
     * What a gadget needs and does: the issue columns to load (none for gadgets over goals only)
     * and how the dataset is built from the loaded issues.
     */
    record Plan(Set<Column> columns, Function<IssueTable, JsonObject> dataset) {
        public Plan {
            columns = Set.copyOf(columns);
            Objects.requireNonNull(dataset, "dataset");
        }

        static Plan withoutIssues(Supplier<JsonObject> dataset) {
            return new Plan(Set.of(), table -> dataset.get());
        }
    }
}
