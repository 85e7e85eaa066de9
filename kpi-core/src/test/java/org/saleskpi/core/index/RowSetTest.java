package org.saleskpi.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A row set walked downwards meets the rows of {@link RowSet#toArray()} in reverse; its ends are the first and last. */
class RowSetTest {
    @Test
    void walkingDownwardsMeetsEveryRowInReverse() {
        Random random = new Random(3);
        for (int round = 0; round < 200; round++) {
            int rows = random.nextInt(300);
            RowSet set = RowSet.none(rows);
            for (int i = 0; i < rows; i++) {
                if (random.nextInt(1 + round % 7) == 0) {
                    set.add(i);
                }
            }
            int[] up = set.toArray();
            List<Integer> down = new ArrayList<>();
            set.forEachDescending(down::add);
            List<Integer> reversed = new ArrayList<>();
            for (int i = up.length - 1; i >= 0; i--) {
                reversed.add(up[i]);
            }
            assertThat(down).isEqualTo(reversed);
            assertThat(set.first()).isEqualTo(up.length == 0 ? -1 : up[0]);
            assertThat(set.last()).isEqualTo(up.length == 0 ? -1 : up[up.length - 1]);
        }
    }
}
