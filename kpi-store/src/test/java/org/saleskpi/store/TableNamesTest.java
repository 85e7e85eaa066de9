package org.saleskpi.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.saleskpi.store.entity.GoalFolderEntity;

/** The prefix against the worked example of Atlassian's "Table names" page (see ADR 0004). */
class TableNamesTest {

    @Test
    void thePrefixIsTheLastSixHexDigitsOfTheNamespacesMd5AsAtlassianDocumentsIt() {
        // The page's example: plugin key com.atlassian.example.ao.myplugin, entity MyObject.
        assertThat(TableNames.prefix("com.atlassian.example.ao.myplugin").prepend("MY_OBJECT"))
                .isEqualTo("AO_28BE2D_MY_OBJECT");
    }

    @Test
    void theAppsTablesStartWithItsNamespacesPrefix() {
        // MD5("org.saleskpi") = 28418abe1bad66729cb305b2cc489536.
        assertThat(TableNames.converter().getName(GoalFolderEntity.class))
                .isEqualTo("AO_489536_GOAL_FOLDER");
    }
}
