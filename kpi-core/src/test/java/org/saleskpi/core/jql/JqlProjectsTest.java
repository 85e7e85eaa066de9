package org.saleskpi.core.jql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JqlProjectsTest {

    private static Optional<Set<String>> confined(String jql) {
        return JqlProjects.confinedTo(JqlParser.parse(jql));
    }

    @Test
    void aProjectClauseUnderAnAndConfinesTheWholeQuery() {
        assertThat(confined("project = sales AND status = Won")).contains(Set.of("SALES"));
        assertThat(confined("status = Won AND project in (SALES, \"crm\") ORDER BY key"))
                .contains(Set.of("SALES", "CRM"));
        // Two confinements: only the projects both allow.
        assertThat(confined("project in (SALES, CRM) AND project = CRM")).contains(Set.of("CRM"));
        assertThat(confined("project = SALES AND project = CRM")).contains(Set.of());
    }

    @Test
    void anOrIsConfinedOnlyWhenEveryBranchIs() {
        assertThat(confined("project = SALES OR project = HR")).contains(Set.of("SALES", "HR"));
        assertThat(confined("project = SALES OR status = Won")).isEmpty();
        assertThat(confined("(project = SALES OR project = HR) AND status = Won")).contains(Set.of("SALES", "HR"));
    }

    @Test
    void whatDoesNotNameTheProjectsConfinesNothing() {
        assertThat(confined("")).isEmpty();
        assertThat(confined("status = Won")).isEmpty();
        assertThat(confined("project != SALES")).isEmpty();
        assertThat(confined("project not in (SALES)")).isEmpty();
        assertThat(confined("NOT project = SALES")).isEmpty();
        assertThat(confined("key = SALES-1")).isEmpty();
    }
}
