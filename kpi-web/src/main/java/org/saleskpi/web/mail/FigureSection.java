package org.saleskpi.web.mail;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One part of a subscription's e-mail: a gadget's figures or a folder's goals, as lines and tables of text ready for
 * the reader (numbers already formatted in their language), or a notice saying why it shows none.
 *
 * @param title the gadget's or folder's title
 * @param lines label and value pairs, in order
 * @param tables tables of text, each with its header
 * @param notice why there is nothing to show (a gadget the reader may not see), empty when there are figures
 */
public record FigureSection(String title, List<Line> lines, List<Table> tables, Optional<String> notice) {
    public FigureSection {
        Objects.requireNonNull(title, "title");
        lines = List.copyOf(lines);
        tables = List.copyOf(tables);
        Objects.requireNonNull(notice, "notice");
    }

    /** A part with no figures, only the notice. */
    public static FigureSection withNotice(String title, String notice) {
        return new FigureSection(title, List.of(), List.of(), Optional.of(notice));
    }

    /** One labelled value. */
    public record Line(String label, String value) {
        public Line {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /** A table of text; every row as long as the header. */
    public record Table(List<String> header, List<List<String>> rows) {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
