package org.saleskpi.server.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The non-blank records of an export's text, one at a time, each with the physical line of the file
 * it starts on; the first is the header. Reading the text again gives the same records: an import
 * reads it twice (to learn the columns and count the rows, then to write) rather than keeping every
 * row in memory.
 */
final class CsvRows implements Iterator<CsvRows.Row> {
    // Blank lines are kept by the parser so its line count stays that of the file.
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private long start = 1;
    private Row next;

    /** @throws IllegalArgumentException never; a text that is not CSV fails in {@link #hasNext()} */
    CsvRows(String text) {
        try {
            this.parser = CSVParser.parse(text, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.records = parser.iterator();
    }

    /**
     * @throws NotCsvException when the text stops being valid CSV here, with the parser's reason
     */
    @Override
    public boolean hasNext() {
        try {
            while (next == null && records.hasNext()) {
                CSVRecord record = records.next();
                if (record.size() > 1 || !record.get(0).isBlank()) {
                    next = new Row(start, record);
                }
                start = parser.getCurrentLineNumber() + 1;
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new NotCsvException(e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
        }
        return next != null;
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Row row = next;
        next = null;
        return row;
    }

    /** A CSV record and the physical line of the file it starts on. */
    record Row(long line, CSVRecord cells) {
    }

    /** The text is not valid CSV; the message is the parser's reason. */
    static final class NotCsvException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotCsvException(String reason) {
            super(reason);
        }
    }
}
