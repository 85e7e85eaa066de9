package org.saleskpi.core.gadget.whosbehind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saleskpi.core.gadget.Pipeline.date;
import static org.saleskpi.core.gadget.Pipeline.deal;
import static org.saleskpi.core.gadget.Pipeline.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.gadget.GadgetScope;
import org.saleskpi.core.gadget.Pipeline;

/**
 * The lists ordered by the keys' numeric parts read once give the order the keys' text gives: most urgent day first,
 * then the key's prefix as text (case counts: "AB" before "S" before "ab"), then its issue number (S-9 before S-10).
 * Random tasks and deals with many equal days are checked against sorting the key strings themselves.
 */
class WhosBehindKeyOrderTest {
    private static final LocalDate TODAY = date("2025-03-20");
    private static final List<String> PREFIXES = List.of("S", "SALES", "ab", "AB", "Zz", "S1");
    private final WhosBehindGadget gadget = new WhosBehindGadget(GadgetScope.of(Pipeline.model()));

    @Test
    void listsComeInTheOrderOfTheKeysText() {
        Random random = new Random(16);
        for (int round = 0; round < 30; round++) {
            List<Pipeline.Draft> drafts = new ArrayList<>();
            // Expected lists per rep: key and the day it is late from.
            Map<String, List<Late>> overdue = new TreeMap<>();
            Map<String, List<Late>> stale = new TreeMap<>();
            Set<String> used = new HashSet<>();
            int issues = 1 + random.nextInt(200);
            while (drafts.size() < issues) {
                String key = PREFIXES.get(random.nextInt(PREFIXES.size())) + "-" + (1 + random.nextInt(1500));
                if (!used.add(key)) {
                    continue;
                }
                String rep = random.nextBoolean() ? "ann" : "bob";
                LocalDate day = TODAY.minusDays(1 + random.nextInt(4));
                if (random.nextBoolean()) {
                    drafts.add(task(key).rep(rep).due(day.toString()));
                    overdue.computeIfAbsent(rep, r -> new ArrayList<>()).add(new Late(key, day));
                } else {
                    // Untouched for 30 days or more: stale at the model's 14.
                    LocalDate updated = day.minusDays(29);
                    drafts.add(deal(key).rep(rep).created("2025-01-01").updated(updated.toString()));
                    stale.computeIfAbsent(rep, r -> new ArrayList<>()).add(new Late(key, updated));
                }
            }
            int maxKeys = 1 + random.nextInt(8);
            WhosBehindDataset dataset = gadget.dataset(Pipeline.table(drafts),
                    new WhosBehindOptions(TODAY, 14, maxKeys), List.of());
            overdue.forEach((rep, late) -> check(dataset.rep(rep).overdueIssues(), late, maxKeys));
            stale.forEach((rep, late) -> check(dataset.rep(rep).staleDeals(), late, maxKeys));
        }
    }

    private static void check(WhosBehindDataset.IssueKeys actual, List<Late> late, int maxKeys) {
        List<String> sorted = late.stream().sorted(Comparator.comparing(Late::day).thenComparing(Late::key,
                WhosBehindKeyOrderTest::byText)).map(Late::key).toList();
        assertThat(actual.count()).isEqualTo(sorted.size());
        assertThat(actual.keys()).isEqualTo(sorted.subList(0, Math.min(maxKeys, sorted.size())));
        assertThat(actual.jql().orElseThrow()).contains(sorted.stream().map(key -> '"' + key + '"')
                .collect(Collectors.joining(", ", "key in (", ")")));
    }

    /** The reference: each key split at its last dash, the prefix compared as text and the number as a number. */
    private static int byText(String a, String b) {
        int dashA = a.lastIndexOf('-');
        int dashB = b.lastIndexOf('-');
        int byPrefix = a.substring(0, dashA).compareTo(b.substring(0, dashB));
        return byPrefix != 0 ? byPrefix
                : Long.compare(Long.parseLong(a.substring(dashA + 1)), Long.parseLong(b.substring(dashB + 1)));
    }

    private record Late(String key, LocalDate day) {
    }
}
