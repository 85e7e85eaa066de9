package org.saleskpi.core.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.validation.FieldError;
import org.saleskpi.core.validation.InvalidInputException;

class JqlSourceTest {
    private static final UserRef VERA = new UserRef("vera", "Vera");

    /** A host with no saved filters or project ids, like the standalone server: only the port's default. */
    private final IssueSource plainHost = new IssueSource() {
        @Override
        public IssueTable load(IssueQuery query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long count(String jql, UserRef user) {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void readsJirasGadgetSourceForms() {
        assertThat(JqlSource.parse("filter-10100")).isEqualTo(new JqlSource.Filter(10100));
        assertThat(JqlSource.parse("project-10000")).isEqualTo(new JqlSource.Project(10000));
        assertThat(JqlSource.parse("jql-status = Won")).isEqualTo(new JqlSource.Text("status = Won"));
        assertThat(JqlSource.parse("status = Won")).isEqualTo(new JqlSource.Text("status = Won"));
        assertThat(JqlSource.parse("filter = 10100")).isEqualTo(new JqlSource.Text("filter = 10100"));
        assertThat(JqlSource.parse(null)).isEqualTo(new JqlSource.Text(""));
    }

    @Test
    void aPrefixWithoutAWholePositiveIdIsA400OnJql() {
        for (String bad : new String[] {"filter-", "filter-abc", "project-0", "project--5", "filter-1.5"}) {
            assertThatThrownBy(() -> JqlSource.parse(bad)).as(bad)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field).containsExactly("jql"));
        }
    }

    @Test
    void theDefaultKeepsJqlAndTakesOffTheJqlPrefix() {
        assertThat(plainHost.jql("jql-project = SALES", VERA)).isEqualTo("project = SALES");
        assertThat(plainHost.jql("project = SALES", VERA)).isEqualTo("project = SALES");
    }

    @Test
    void theDefaultRefusesFiltersAndProjectsItCannotResolveOnJql() {
        for (String source : new String[] {"filter-10100", "project-10000"}) {
            assertThatThrownBy(() -> plainHost.jql(source, VERA)).as(source)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.errors()).extracting(FieldError::field).containsExactly("jql");
                        assertThat(e.errors().get(0).message()).contains(source);
                    });
        }
    }
}
