package org.saleskpi.core.jql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.index.FoldedText;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.core.index.RowSet;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.validation.InvalidInputException;

/**
 * {@code ~} read from the words of the texts finds what reading every text finds: thousands of issues whose summaries
 * and descriptions are sentences of sales words in mixed case with punctuation (so common words are held as bitmaps,
 * rare ones as row lists), searched for parts of words, several words, phrases across words and punctuation alone,
 * with writes, rewrites and removals between the searches so that the words follow every change after the first
 * search read them.
 */
class TextWordsSearchTest {
    private static final JqlContext CONTEXT = new JqlContext(Instant.parse("2026-02-01T00:00:00Z"), ZoneOffset.UTC,
            Optional.empty(), DayOfWeek.MONDAY);
    private static final String[] WORDS = {"Deal", "deal", "DEAL", "Acme", "ACME-Corp", "renewal", "Renewals", "new",
        "business", "trade", "fair", "Trade-Fair", "booth", "Stra\u00DFe", "STRASSE", "\u0130stanbul", "caf\u00E9",
        "CAF\u00C9", "x1", "2026", "q3", "review", "\u017Fales", "K\u212Aelvin", "\u5546\u8AC7", "\uD83D\uDE00ok",
        "call", "outbound", "Lead:", "lead", "o'brien", "e-mail", "a", "I"};
    private static final String[] SEPARATORS = {" ", " ", " ", ", ", ": ", " - ", "/", "\n"};

    @Test
    void wordsFindWhatReadingEveryTextFinds() {
        Random random = new Random(52);
        IssueIndex index = new IssueIndex();
        Map<String, IndexedIssue> held = new TreeMap<>();
        int next = 1;
        for (int round = 0; round < 40; round++) {
            List<IndexedIssue> written = new ArrayList<>();
            int count = round == 0 ? 3000 : random.nextInt(40);
            for (int i = 0; i < count; i++) {
                String key = held.isEmpty() || random.nextInt(3) > 0 ? "S-" + next++
                        : new ArrayList<>(held.keySet()).get(random.nextInt(held.size()));
                written.add(issue(key, random));
            }
            index.upsert(written);
            written.forEach(issue -> held.put(issue.key(), issue));
            if (random.nextInt(3) == 0) {
                List<String> keys = new ArrayList<>(held.keySet());
                List<String> gone = new ArrayList<>();
                for (int i = 0; i < 1 + random.nextInt(30); i++) {
                    gone.add(keys.get(random.nextInt(keys.size())));
                }
                index.remove(gone);
                gone.forEach(held::remove);
            }
            for (int query = 0; query < 25; query++) {
                String search = search(random, held);
                String field = random.nextBoolean() ? "summary" : random.nextBoolean() ? "description" : "text";
                String jql = field + " ~ \"" + search.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
                TextSearch reference;
                try {
                    reference = TextSearch.of(search, field);
                } catch (InvalidInputException noWords) {
                    continue;
                }
                Set<String> expected = new TreeSet<>();
                for (IndexedIssue issue : held.values()) {
                    boolean inSummary = !field.equals("description") && reference.test(issue.summary());
                    boolean inDescription = !field.equals("summary") && reference.test(issue.description());
                    if (inSummary || inDescription) {
                        expected.add(issue.key());
                    }
                }
                assertThat(keys(index, jql)).as(jql).isEqualTo(expected);
            }
        }
        long words = index.read(columns -> columns.summary().wordBytes() + columns.description().wordBytes());
        assertThat(words).as("the searches read the words, not every text").isGreaterThan(0);
    }

    @Test
    void aWordIsARunOfLettersAndDigitsOfTheFoldedText() {
        // A term of letters and digits lies inside one such run of a text, so words decide it without the text.
        assertThat(FoldedText.of("Deal: ACME-Corp renewal")).isEqualTo("deal: acme-corp renewal");
        assertThat(keys(indexOf("Deal: ACME-Corp renewal", "Lead: outbound call"), "summary ~ \"corp renew\""))
                .containsExactly("S-1");
        assertThat(keys(indexOf("Deal: ACME-Corp renewal", "Lead: outbound call"), "summary ~ \"\\\"me-co\\\"\""))
                .containsExactly("S-1");
        assertThat(keys(indexOf("Deal: ACME-Corp renewal", "Lead: outbound call"), "summary ~ \"\\\": \\\"\""))
                .containsExactly("S-1", "S-2");
    }

    private static IssueIndex indexOf(String... summaries) {
        IssueIndex index = new IssueIndex();
        List<IndexedIssue> issues = new ArrayList<>();
        for (int i = 0; i < summaries.length; i++) {
            IssueRecord record = IssueRecord.builder("S-" + (i + 1), "S").type("Deal")
                    .status("Open", StatusCategory.TO_DO).created(Instant.parse("2026-01-01T00:00:00Z")).build();
            issues.add(new IndexedIssue(record, summaries[i], "", Set.of()));
        }
        index.upsert(issues);
        return index;
    }

    private static Set<String> keys(IssueIndex index, String jql) {
        JqlQuery query = JqlParser.parse(jql);
        return index.read(columns -> {
            RowSet rows = JqlFilter.select(query, columns, CONTEXT);
            Set<String> keys = new TreeSet<>();
            rows.forEach(row -> keys.add(columns.key(row)));
            return keys;
        });
    }

    /** Mostly a part of a held text (a part of a word, words, or words with what is between them), else words. */
    private static String search(Random random, Map<String, IndexedIssue> held) {
        List<IndexedIssue> issues = new ArrayList<>(held.values());
        IndexedIssue issue = issues.get(random.nextInt(issues.size()));
        String text = random.nextBoolean() ? issue.summary() : issue.description();
        String search;
        if (text.length() > 1 && random.nextInt(4) > 0) {
            int from = random.nextInt(text.length() - 1);
            search = text.substring(from, Math.min(text.length(), from + 1 + random.nextInt(12)));
        } else {
            search = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)];
        }
        search = search.replace('\n', ' ');
        return random.nextInt(4) == 0 ? "\"" + search.replace("\"", "") + "\"" : search;
    }

    private static IndexedIssue issue(String key, Random random) {
        IssueRecord record = IssueRecord.builder(key, "S").type("Deal").status("Open", StatusCategory.TO_DO)
                .created(Instant.parse("2026-01-01T00:00:00Z")).build();
        return new IndexedIssue(record, sentence(random, 1 + random.nextInt(6)),
                random.nextInt(3) == 0 ? "" : sentence(random, random.nextInt(25)), Set.of());
    }

    private static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                text.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
            }
            // Common words most of the time, so that some are held by more than one row in 32.
            text.append(WORDS[random.nextInt(random.nextInt(4) == 0 ? WORDS.length : 6)]);
        }
        return text.toString();
    }
}
