package org.saleskpi.core.issue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JqlTextTest {

    @Test
    void onlyAnOrderByOutsideQuotedTextIsTheSortOrder() {
        assertThat(JqlText.withoutOrderBy("summary ~ \"order by phone\" ORDER BY \"Deal amount\" ASC"))
                .isEqualTo("summary ~ \"order by phone\"");
        assertThat(JqlText.withoutOrderBy("summary ~ 'x ORDER BY y'")).isEqualTo("summary ~ 'x ORDER BY y'");
        assertThat(JqlText.withoutOrderBy("summary ~ \"say \\\" order by x\"")).isEqualTo("summary ~ \"say \\\" order by x\"");
        assertThat(JqlText.withoutOrderBy("ORDER BY rank")).isEmpty();
        assertThat(JqlText.withoutOrderBy("project = SALES order by created desc")).isEqualTo("project = SALES");
        assertThat(JqlText.withoutOrderBy("project = SALES")).isEqualTo("project = SALES");
        assertThat(JqlText.withoutOrderBy("reorder by = 1")).isEqualTo("reorder by = 1");
    }

    @Test
    void andComposesTheQueriesWithoutTheirOrderAndLeavesBlankPartsOut() {
        assertThat(JqlText.and("project = SALES ORDER BY key", "status = Won ORDER BY created DESC"))
                .isEqualTo("(project = SALES) AND (status = Won)");
        assertThat(JqlText.and("project = SALES", "  ")).isEqualTo("project = SALES");
        assertThat(JqlText.and(null, "status = Won")).isEqualTo("status = Won");
        assertThat(JqlText.and("ORDER BY rank", "status = Won")).isEqualTo("status = Won");
        assertThat(JqlText.and("", null)).isEmpty();
    }
}
