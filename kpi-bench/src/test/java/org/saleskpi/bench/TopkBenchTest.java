package org.saleskpi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The top k bench gives the same pages, matches and orders as its sort-all baselines (it exits 1 on any difference)
 * and ends with one ratio line per case; no timing is asserted.
 */
class TopkBenchTest {

    @Test
    void everyCaseAgreesWithItsBaselineAndPrintsItsRatio() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = TopkBench.run(TopkBench.parse("--issues", "5000", "--runs", "1", "--warmup", "0"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        // A third of the demo's deals are renewals: the search finds some, and the same as the scan.
        assertThat(lines).anyMatch(l -> l.matches("text_renewal matches=[1-9]\\d*"));
        // The load mix's issue lists and text searches, end to end, against the heap and the scan of every text.
        assertThat(lines).anyMatch(l -> l.startsWith("list_open_deals_updated_desc_ratio_new_vs_baseline="));
        assertThat(lines).anyMatch(l -> l.startsWith("search_trade_fair_any_text_ratio_new_vs_baseline="));
        assertThat(lines).anyMatch(l -> l.matches("text_words_bytes_per_issue=\\d+\\.\\d presorted_bytes_per_issue=.*"));
        assertThat(lines.subList(lines.size() - 10, lines.size())).allMatch(
                l -> l.matches("[a-z_]+_ratio_new_vs_baseline=\\d+\\.\\d+ \\(new .* ms, baseline .* ms\\)"));
        assertThat(lines.get(lines.size() - 1)).startsWith("whos_behind_order_ratio_new_vs_baseline=");
    }
}
