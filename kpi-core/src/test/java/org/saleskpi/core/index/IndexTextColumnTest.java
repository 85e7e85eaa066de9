package org.saleskpi.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The text column keeps every text exactly (Latin-1, UTF-16 with lone surrogates, texts longer than a chunk) through
 * sets, replacements and moves that fill many chunks and make it compact them, and its search finds what searching
 * each text folded as a String finds.
 */
class IndexTextColumnTest {
    private static final String[] PIECES = {"deal", "Deal ", "ACME", "\u00DF", "\u00FF", "\u00B5", "\u0130",
        "\u0131", "\u5546\u8AC7", "\uFF21", "\uD83D\uDE00", "\uD801", "\u212A", " ", "\u00E9", "x"};

    @Test
    void textsSurviveWritesMovesAndCompactionAndSearchAsFoldedStrings() {
        Random random = new Random(45);
        int capacity = 64;
        IndexTextColumn column = new IndexTextColumn(capacity);
        List<String> held = new ArrayList<>();
        for (int i = 0; i < capacity; i++) {
            held.add("");
        }
        int rows = 0;
        long wasted = 0;
        for (int step = 0; step < 4_000; step++) {
            int action = random.nextInt(10);
            if (action < 6 || rows == 0) {
                int row = rows < capacity && (rows == 0 || random.nextBoolean()) ? rows++ : random.nextInt(rows);
                wasted += held.get(row).length();
                String text = text(random);
                column.set(row, text);
                held.set(row, text);
            } else {
                // As a removal does: the last row moves into the removed one's place.
                int row = random.nextInt(rows);
                int last = --rows;
                wasted += held.get(row).length();
                column.move(last, row);
                held.set(row, held.get(last));
                held.set(last, "");
            }
            if (step % 200 == 0) {
                assertSameTexts(column, held);
            }
        }
        assertSameTexts(column, held);
        // Far more text was replaced than is held: without compaction the arena would hold all of it.
        long live = held.stream().mapToLong(text -> 2L * text.length() + 5).sum();
        assertThat(wasted).isGreaterThan(4L << 20);
        assertThat(column.bytes()).isLessThan(4 * live + (1L << 20));
        for (int query = 0; query < 30; query++) {
            String piece = FoldedText.of(PIECES[random.nextInt(PIECES.length)]);
            if (piece == null) {
                continue;
            }
            List<String> terms = List.of(FoldedText.of("deal"), piece);
            RowSet found = RowSet.none(rows);
            // A text that cannot be folded goes to the predicate for texts as they are.
            column.select(terms, text -> text.indexOf('\uD801') >= 0, rows, found);
            for (int row = 0; row < rows; row++) {
                String folded = FoldedText.of(held.get(row));
                boolean expected = folded == null || held.get(row).isEmpty() ? held.get(row).indexOf('\uD801') >= 0
                        : terms.stream().allMatch(folded::contains);
                assertThat(found.contains(row)).as("row %d %s", row, terms).isEqualTo(expected);
            }
        }
    }

    private static void assertSameTexts(IndexTextColumn column, List<String> held) {
        for (int row = 0; row < held.size(); row++) {
            assertThat(column.value(row)).as("row %d", row).isEqualTo(held.get(row));
        }
    }

    /** Mostly short texts, some longer than a chunk of the arena (256 KiB), some empty. */
    private static String text(Random random) {
        int kind = random.nextInt(40);
        if (kind == 0) {
            return "";
        }
        int pieces = kind == 1 ? 40_000 + random.nextInt(100_000) : kind < 8 ? 2_000 : 1 + random.nextInt(30);
        boolean latin1 = random.nextBoolean();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            String piece = PIECES[random.nextInt(PIECES.length)];
            text.append(latin1 && piece.chars().anyMatch(c -> c > 0xFF) ? "Deal " : piece);
        }
        return text.toString();
    }
}
