package org.saleskpi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The patch bench's patched tables hold the rows and changes of the tables loaded afresh (it exits 1 on any
 * difference), and it ends with one ratio line per table; no timing is asserted.
 */
class PatchBenchTest {

    @Test
    void everyPatchedTableAgreesWithAFreshOneAndPrintsItsRatio() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = PatchBench.run(PatchBench.parse("--issues", "3000", "--runs", "2", "--warmup", "1"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(lines.get(0)).matches("issues=3000 changes=[1-9]\\d* .*");
        assertThat(lines.subList(lines.size() - 4, lines.size())).allMatch(
                l -> l.matches("[a-z_]+_ratio_patch_vs_fresh=\\d+\\.\\d+ \\(thread CPU: patch .* ms, fresh .*\\)"));
        assertThat(lines.get(lines.size() - 1)).startsWith("history_all_tracked_ratio_patch_vs_fresh=");
    }
}
