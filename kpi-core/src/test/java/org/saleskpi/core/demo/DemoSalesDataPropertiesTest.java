package org.saleskpi.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.saleskpi.core.issue.IssueRecord;

class DemoSalesDataPropertiesTest {

    @Property(tries = 40)
    void everySpecGivesADataSetThatKeepsTheRules(
            @ForAll long seed,
            @ForAll @IntRange(min = 100, max = 3_000) int issueCount,
            @ForAll("firstDays") LocalDate firstDay,
            @ForAll @IntRange(min = 1, max = 36) int months,
            @ForAll("zones") ZoneId zone,
            @ForAll @IntRange(min = 1, max = 30) int repCount) {
        DemoSpec spec = new DemoSpec(seed, issueCount, firstDay, months, zone, "CRM", repCount);

        List<IssueRecord> issues = DemoSalesData.generateList(spec);

        DemoDataRules.check(spec, issues);
        assertThat(DemoSalesData.generateList(spec)).isEqualTo(issues);
    }

    @Provide
    Arbitrary<LocalDate> firstDays() {
        return Arbitraries.integers().between(0, 20 * 365).map(days -> LocalDate.of(2015, 1, 1).plusDays(days));
    }

    /** Zones whose daylight-saving shifts happen at or near midnight, or by half an hour, next to plain ones. */
    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of("UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "America/Santiago",
                "Asia/Beirut", "America/Havana", "Australia/Lord_Howe", "Pacific/Chatham", "Pacific/Kiritimati")
                .map(ZoneId::of);
    }
}
