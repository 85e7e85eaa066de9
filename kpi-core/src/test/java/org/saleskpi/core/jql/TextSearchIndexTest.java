package org.saleskpi.core.jql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.saleskpi.core.index.CustomField;
import org.saleskpi.core.index.FoldedText;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.validation.InvalidInputException;

/**
 * {@code ~} over the texts the index keeps folded finds exactly the issues that scanning every text with
 * {@link String#regionMatches(boolean, int, String, int, int)} finds, as the search did before it had an index:
 * random texts and searches over letters whose cases do not map one to one (dotted and dotless i, long s, sharp s,
 * the Kelvin sign, final sigma, title-case digraphs, surrogate pairs, Japanese and full-width letters, German
 * umlauts), with random writes and removals in between so the texts held must follow every change.
 */
class TextSearchIndexTest {
    private static final CustomField NOTES = new CustomField("customfield_10070", "Notes", FieldType.TEXT);
    private static final JqlContext CONTEXT = new JqlContext(Instant.parse("2026-02-01T00:00:00Z"), ZoneOffset.UTC,
            Optional.empty(), DayOfWeek.MONDAY);
    /** Letters and marks whose upper and lower cases are not simple pairs, spaces and punctuation between words. */
    private static final String[] PIECES = {"a", "A", "b", "B", "i", "I", "\u0130", "\u0131", "s", "S", "\u017F",
        "\u00DF", "\u1E9E", "k", "K", "\u212A", "\u00B5", "\u039C", "\u03BC", "\u00FF", "\u0178", "\u03C2", "\u03C3",
        "\u03A3", "\u0345", "\u0399", "\u03B9", "\u01C4", "\u01C5", "\u01C6", "1", "\u0661", " ", " ", "-", ",", "\"",
        "\uD801\uDC00", "\uD801\uDC28", "\uD83D\uDE00", "\uD801", "deal", "Deal", "ACME", "acme",
        "\u5546\u8AC7", "\u53D7\u6CE8", "\u30A2\u30AF\u30E1", "\uFF21\uFF23", "\uFF41\uFF43", "\u00C4", "\u00E4",
        "stra\u00DFe", "STRASSE", "\u0130stanbul", "\u0131stanbul", "\u00C9", "\u00E9"};

    @Test
    void theIndexFindsWhatScanningEveryTextFinds() {
        Random random = new Random(15);
        IssueIndex index = new IssueIndex();
        index.defineField(NOTES);
        Map<String, IndexedIssue> held = new TreeMap<>();
        int nextKey = 1;
        for (int round = 0; round < 60; round++) {
            // Writes: new issues, replaced texts and removals, so the folded texts must follow each.
            List<IndexedIssue> written = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(20); i++) {
                String key = held.isEmpty() || random.nextBoolean() ? "T-" + nextKey++
                        : new ArrayList<>(held.keySet()).get(random.nextInt(held.size()));
                written.add(issue(key, random));
            }
            index.upsert(written);
            written.forEach(issue -> held.put(issue.key(), issue));
            if (!held.isEmpty() && random.nextInt(3) == 0) {
                List<String> gone = new ArrayList<>(held.keySet()).subList(0, Math.min(held.size(), random.nextInt(4)));
                index.remove(List.copyOf(gone));
                List.copyOf(gone).forEach(held::remove);
            }
            for (int query = 0; query < 30; query++) {
                String search = search(random, held);
                String field = List.of("summary", "description", "text").get(random.nextInt(3));
                boolean negated = random.nextInt(4) == 0;
                String jql = field + (negated ? " !~ " : " ~ ") + quoted(search);
                List<String> terms = terms(search);
                if (terms.isEmpty() || terms.get(0).isEmpty()) {
                    assertThatThrownBy(() -> keys(index, jql)).isInstanceOf(InvalidInputException.class);
                    continue;
                }
                Set<String> expected = new TreeSet<>();
                for (IndexedIssue issue : held.values()) {
                    List<String> texts = texts(issue, field);
                    boolean found = texts.stream().anyMatch(text -> terms.stream().allMatch(t -> scanned(text, t)));
                    boolean filled = !issue.summary().isEmpty() || !issue.description().isEmpty();
                    if (negated ? !found && (field.equals("text") ? filled : !texts.get(0).isEmpty()) : found) {
                        expected.add(issue.key());
                    }
                }
                assertThat(keys(index, jql)).as(jql).isEqualTo(expected);
            }
        }
    }

    @Test
    void textsThatFoldCharForCharAreHeldFoldedAndOthersAsTheyAre() {
        // A capital I with a dot folds to a plain i, as regionMatches compares them; the Kelvin sign to k.
        assertThat(FoldedText.of("ACME \u0130\u212A")).isEqualTo("acme ik");
        String lower = "already lower";
        assertThat(FoldedText.of(lower)).isSameAs(lower);
        // Surrogate pairs are compared as code points by the JDK: such a text is searched as it is.
        assertThat(FoldedText.of("deal \uD83D\uDE00")).isNull();
    }

    private static Set<String> keys(IssueIndex index, String jql) {
        JqlQuery query = JqlParser.parse(jql);
        return index.read(columns -> {
            Set<String> keys = new TreeSet<>();
            JqlFilter.select(query, columns, CONTEXT).forEach(row -> keys.add(columns.key(row)));
            return keys;
        });
    }

    private static List<String> texts(IndexedIssue issue, String field) {
        FieldValue notes = issue.record().fields().get(NOTES.id());
        return switch (field) {
            case "summary" -> List.of(issue.summary());
            case "description" -> List.of(issue.description());
            default -> List.of(issue.summary(), issue.description(),
                    notes == null ? "" : ((FieldValue.TextValue) notes).value());
        };
    }

    /** The search's terms as the search has always split them: a phrase in inner quotes, else the words. */
    private static List<String> terms(String search) {
        String trimmed = search.trim();
        if (trimmed.length() > 1 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
            return List.of(trimmed.substring(1, trimmed.length() - 1).trim());
        }
        List<String> words = new ArrayList<>();
        for (String word : trimmed.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** The reference: the term compared ignoring case at every place of the text. */
    private static boolean scanned(String text, String term) {
        for (int i = 0; i + term.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, term, 0, term.length())) {
                return true;
            }
        }
        return false;
    }

    /** Mostly a piece of a held text with its cases flipped at random, else random pieces; sometimes a phrase. */
    private static String search(Random random, Map<String, IndexedIssue> held) {
        String search;
        if (!held.isEmpty() && random.nextInt(3) > 0) {
            IndexedIssue issue = new ArrayList<>(held.values()).get(random.nextInt(held.size()));
            String text = random.nextBoolean() ? issue.summary() : issue.description();
            int from = text.isEmpty() ? 0 : random.nextInt(text.length());
            int to = Math.min(text.length(), from + 1 + random.nextInt(6));
            StringBuilder flipped = new StringBuilder();
            for (char c : text.substring(from, to).toCharArray()) {
                flipped.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
            }
            search = flipped.toString();
        } else {
            search = text(random, 1 + random.nextInt(3));
        }
        return random.nextInt(5) == 0 ? "\"" + search + "\"" : search;
    }

    private static String quoted(String search) {
        return "\"" + search.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String text(Random random, int pieces) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    private static IndexedIssue issue(String key, Random random) {
        IssueRecord.Builder record = IssueRecord.builder(key, "T").type("Task").status("Open", StatusCategory.TO_DO)
                .created(Instant.parse("2026-01-01T00:00:00Z"));
        if (random.nextBoolean()) {
            record.field(NOTES.id(), FieldValue.text(text(random, 1 + random.nextInt(6))));
        }
        String summary = random.nextInt(8) == 0 ? "" : text(random, 1 + random.nextInt(12));
        String description = random.nextInt(3) == 0 ? "" : text(random, random.nextInt(20));
        return new IndexedIssue(record.build(), summary, description, Set.of());
    }
}
