package org.saleskpi.core.metric;

import java.util.List;
import org.saleskpi.core.issue.CodeColumn;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.DateColumn;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.NumberColumn;

/**
 * A {@link Filter} compiled against a table: narrows a selection of batch rows (ascending
 * indices) to those that pass. {@code out} may be the same array as {@code in}.
 */
abstract class Selector {

    abstract int select(int[] in, int n, int[] out);

    /** Compiles a filter whose parts may be shared selections of the same batch. */
    interface Parts {
        SharedSelection shared(Filter filter);
    }

    static Selector compile(Filter filter, IssueTable table, Batch batch, Parts parts) {
        if (filter instanceof Filter.All) {
            return new Selector() {
                @Override
                int select(int[] in, int n, int[] out) {
                    if (in != out) {
                        System.arraycopy(in, 0, out, 0, n);
                    }
                    return n;
                }
            };
        }
        if (filter instanceof Filter.In in) {
            CodeColumn column = table.codes(in.column());
            byte[] accepted = new byte[column.cardinality()];
            for (String value : in.values()) {
                int code = column.codeOf(value);
                if (code > 0) {
                    accepted[code] = 1;
                }
            }
            return new CodeIn(batch.ints(in.column()), accepted);
        }
        if (filter instanceof Filter.Empty empty) {
            return compileEmpty(empty.column(), table, batch);
        }
        if (filter instanceof Filter.Not not) {
            return new Complement(compile(not.filter(), table, batch, parts));
        }
        if (filter instanceof Filter.And and) {
            List<Selector> all = and.filters().stream().map(f -> compile(f, table, batch, parts)).toList();
            if (and.filters().isEmpty()) {
                return new AllOf(all);
            }
            // Start from the first part's rows, computed once per batch for every filter sharing it.
            return new Narrowing(batch, parts.shared(and.filters().get(0)), new AllOf(all.subList(1, all.size())),
                    new AllOf(all));
        }
        if (filter instanceof Filter.Or or) {
            return new AnyOf(or.filters().stream().map(f -> compile(f, table, batch, parts)).toList());
        }
        throw new IllegalStateException("cannot compile filter " + filter.getClass().getName());
    }

    private static Selector compileEmpty(Column column, IssueTable table, Batch batch) {
        if (column.type() == FieldType.NUMBER) {
            NumberColumn values = table.numbers(column);
            return new Selector() {
                @Override
                int select(int[] in, int n, int[] out) {
                    int offset = batch.from;
                    int k = 0;
                    for (int i = 0; i < n; i++) {
                        int row = in[i];
                        if (values.unscaled(offset + row) == NumberColumn.NONE) {
                            out[k++] = row;
                        }
                    }
                    return k;
                }
            };
        }
        if (column.type() == FieldType.DATE) {
            table.dates(column);
        } else {
            table.codes(column);
        }
        int emptyValue = column.type() == FieldType.DATE ? DateColumn.NONE : CodeColumn.EMPTY;
        int[] values = batch.ints(column);
        return new Selector() {
            @Override
            int select(int[] in, int n, int[] out) {
                int k = 0;
                for (int i = 0; i < n; i++) {
                    int row = in[i];
                    if (values[row] == emptyValue) {
                        out[k++] = row;
                    }
                }
                return k;
            }
        };
    }

    /** A coded column whose code is accepted by a lookup table. */
    private static final class CodeIn extends Selector {
        private final int[] codes;
        private final byte[] accepted;

        CodeIn(int[] codes, byte[] accepted) {
            this.codes = codes;
            this.accepted = accepted;
        }

        @Override
        int select(int[] in, int n, int[] out) {
            int[] c = codes;
            byte[] ok = accepted;
            int k = 0;
            // Branch-free: always write, advance only on a match (no misprediction on mixed data).
            for (int i = 0; i < n; i++) {
                int row = in[i];
                out[k] = row;
                k += ok[c[row]];
            }
            return k;
        }
    }

    /** An AND whose first part is shared: on a whole batch it narrows that part's cached rows. */
    private static final class Narrowing extends Selector {
        private final Batch batch;
        private final SharedSelection first;
        private final Selector rest;
        private final Selector whole;

        Narrowing(Batch batch, SharedSelection first, Selector rest, Selector whole) {
            this.batch = batch;
            this.first = first;
            this.rest = rest;
            this.whole = whole;
        }

        @Override
        int select(int[] in, int n, int[] out) {
            if (in != batch.all || n != batch.size) {
                return whole.select(in, n, out);
            }
            int m = first.select();
            return rest.select(first.rows, m, out);
        }
    }

    private static final class Complement extends Selector {
        private final Selector inner;
        private final int[] kept = new int[Batch.SIZE];

        Complement(Selector inner) {
            this.inner = inner;
        }

        @Override
        int select(int[] in, int n, int[] out) {
            int m = inner.select(in, n, kept);
            // Both lists ascend: walk them together and keep what the inner filter dropped.
            int k = 0;
            int j = 0;
            for (int i = 0; i < n; i++) {
                int row = in[i];
                if (j < m && kept[j] == row) {
                    j++;
                } else {
                    out[k++] = row;
                }
            }
            return k;
        }
    }

    private static final class AllOf extends Selector {
        private final List<Selector> parts;

        AllOf(List<Selector> parts) {
            this.parts = parts;
        }

        @Override
        int select(int[] in, int n, int[] out) {
            int[] current = in;
            int k = n;
            for (Selector part : parts) {
                k = part.select(current, k, out);
                current = out;
            }
            if (current != out) {
                System.arraycopy(in, 0, out, 0, n);
            }
            return k;
        }
    }

    private static final class AnyOf extends Selector {
        private final List<Selector> parts;
        private final int[] union = new int[Batch.SIZE];
        private final int[] part = new int[Batch.SIZE];
        private final int[] merged = new int[Batch.SIZE];

        AnyOf(List<Selector> parts) {
            this.parts = parts;
        }

        @Override
        int select(int[] in, int n, int[] out) {
            int size = 0;
            for (Selector selector : parts) {
                int m = selector.select(in, n, part);
                size = merge(union, size, part, m, merged);
                System.arraycopy(merged, 0, union, 0, size);
            }
            System.arraycopy(union, 0, out, 0, size);
            return size;
        }

        private static int merge(int[] a, int na, int[] b, int nb, int[] out) {
            int i = 0;
            int j = 0;
            int k = 0;
            while (i < na && j < nb) {
                if (a[i] < b[j]) {
                    out[k++] = a[i++];
                } else if (a[i] > b[j]) {
                    out[k++] = b[j++];
                } else {
                    out[k++] = a[i++];
                    j++;
                }
            }
            while (i < na) {
                out[k++] = a[i++];
            }
            while (j < nb) {
                out[k++] = b[j++];
            }
            return k;
        }
    }
}
