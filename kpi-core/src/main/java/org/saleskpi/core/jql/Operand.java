package org.saleskpi.core.jql;

import java.util.List;

/** The right-hand side of a clause. */
public sealed interface Operand {

    int position();

    /** A value as written; {@code quoted} tells {@code "EMPTY"} (a name) from {@code EMPTY}. */
    record Literal(String text, boolean quoted, int position) implements Operand {
    }

    /** A function such as {@code startOfMonth(-1)}, its arguments as written. */
    record Function(String name, List<String> arguments, int position) implements Operand {
        public Function {
            arguments = List.copyOf(arguments);
        }
    }

    /** {@code (a, b, c)} after IN or NOT IN. */
    record Values(List<Operand> values, int position) implements Operand {
        public Values {
            values = List.copyOf(values);
        }
    }

    /** {@code EMPTY} or {@code NULL}. */
    record Empty(int position) implements Operand {
    }
}
