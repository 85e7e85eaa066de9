package org.saleskpi.server.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DefaultJiraDatesTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Jira's default pattern with its slashes quoted: the same formats, read by the formatter alone. */
    private static final String SAME_BY_FORMATTER = "dd'/'MMM'/'yy h:mm a";

    @Test
    void readsJiraDefaultCellsAsTheFormatterDoes() {
        assertThat(DefaultJiraDates.dateTime("12/Mar/24 3:45 PM")).isEqualTo(LocalDateTime.of(2024, 3, 12, 15, 45));
        assertThat(DefaultJiraDates.dateTime("01/jan/00 12:05 am")).isEqualTo(LocalDateTime.of(2000, 1, 1, 0, 5));
        assertThat(DefaultJiraDates.dateTime("29/FEB/24 12:59 PM")).isEqualTo(LocalDateTime.of(2024, 2, 29, 12, 59));
        assertThat(DefaultJiraDates.date("31/Dec/99")).isEqualTo(LocalDate.of(2099, 12, 31));
    }

    @Test
    void leavesEveryCellItDoesNotPlainlyReadToTheFormatter() {
        // The 29th of February 2023 the formatter moves to the 28th; hour 0 and 13, one-digit days, other
        // letters that upper-case to ASCII (long s), and a missing space are the formatter's to judge.
        for (String cell : List.of("29/Feb/23 1:00 PM", "31/Apr/24 1:00 PM", "12/Mar/24 0:30 AM",
                "12/Mar/24 13:30 PM", "1/Mar/24 3:45 PM", "12/\u017fep/24 3:45 PM", "12/Mar/24 3:45PM",
                "12/Mar/24 3:60 PM", "12/Mar/24 3:45 XM", "00/Mar/24 3:45 PM", "12/Mar/2024 3:45 PM")) {
            assertThat(DefaultJiraDates.dateTime(cell)).as(cell).isNull();
        }
        assertThat(DefaultJiraDates.date("30/Feb/24")).isNull();
        assertThat(DefaultJiraDates.date("12-Mar-24")).isNull();
    }

    @Test
    void randomCellsGiveTheSameInstantsAndDatesWithAndWithoutTheHandReading() {
        JiraDates quick = new JiraDates(ImportSettings.JIRA_DATE_FORMAT, BERLIN);
        JiraDates formatter = new JiraDates(SAME_BY_FORMATTER, BERLIN);
        Random random = new Random(16);
        String[] days = {"00", "01", "09", "10", "28", "29", "30", "31", "32", "1", "7", "٣1"};
        String[] months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "JAN",
            "mar", "oCt", "Sept", "Mai", "\u017fep", "Ma"};
        String[] years = {"00", "23", "24", "99", "7", "024"};
        String[] hours = {"0", "1", "2", "3", "9", "09", "10", "11", "12", "13", "00", "012"};
        String[] minutes = {"00", "05", "30", "59", "60", "5"};
        String[] halves = {"AM", "PM", "am", "pm", "Pm", "XM", "A", "AMX"};
        String[] spaces = {" ", " ", " ", " ", "  ", "\t"};
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            String date = pick(random, days) + "/" + pick(random, months) + "/" + pick(random, years);
            String cell = random.nextInt(5) == 0 ? date : date + pick(random, spaces) + pick(random, hours) + ":"
                    + pick(random, minutes) + pick(random, spaces) + pick(random, halves);
            cells.add(random.nextInt(10) == 0 ? " " + cell + " " : cell);
        }
        // Berlin's spring gap and autumn overlap of 2024 at hours the hand reading takes.
        cells.addAll(List.of("31/Mar/24 2:30 AM", "27/Oct/24 2:30 AM", "27/Oct/24 12:00 AM"));
        int quickCells = 0;
        for (String cell : cells) {
            assertThat(quick.instant(cell)).as(cell).isEqualTo(formatter.instant(cell));
            assertThat(quick.date(cell)).as(cell).isEqualTo(formatter.date(cell));
            if (DefaultJiraDates.dateTime(cell.trim()) != null || DefaultJiraDates.date(cell.trim()) != null) {
                quickCells++;
            }
        }
        assertThat(quickCells).describedAs("cells read by hand, not all left to the formatter")
                .isGreaterThan(cells.size() / 50);
        assertThat(quick.instant("31/Mar/24 2:30 AM")).contains(Instant.parse("2024-03-31T01:30:00Z"));
    }

    private static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
