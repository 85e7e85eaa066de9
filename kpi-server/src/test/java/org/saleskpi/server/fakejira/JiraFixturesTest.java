package org.saleskpi.server.fakejira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JiraFixturesTest {
    /** Under the module's target folder: tests write nothing outside the clone. */
    private static final Path SCRATCH = Path.of("target", "jira-fixtures-test").toAbsolutePath();

    @Test
    void theBuildFindsTheSharedFixturesBesideTheClone() {
        Path root = JiraFixtures.root();
        assertThat(root.endsWith(Path.of("shared", "data", "jira-fixtures"))).as(root.toString()).isTrue();
        assertThat(root.resolve("SOURCE.txt")).isRegularFile();
        assertThat(JiraFixtures.text("jrjc/search_many-issues.json")).contains("\"issues\"");
    }

    @Test
    void aModuleFolderDeepInTheCloneFindsTheFolderBesideTheClone() throws IOException {
        Path fixtures = Files.createDirectories(SCRATCH.resolve("work/shared/data/jira-fixtures"));
        Path module = Files.createDirectories(SCRATCH.resolve("work/clone/kpi-server/sub"));
        assertThat(JiraFixtures.root(module)).isEqualTo(fixtures);
    }

    @Test
    void aMissingFolderFailsNamingThePathItLookedFor() {
        Path nowhere = Path.of("/no-such-clone/kpi-server").toAbsolutePath();
        assertThat(JiraFixtures.find(nowhere)).isEmpty();
        assertThatThrownBy(() -> JiraFixtures.root(nowhere)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(nowhere.resolveSibling(Path.of("shared", "data", "jira-fixtures")).toString())
                .hasMessageContaining("../shared/data/jira-fixtures");
    }

    @Test
    void aFixtureThatIsNotThereIsNamed() {
        assertThatThrownBy(() -> JiraFixtures.text("jrjc/no-such-file.json")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("jrjc/no-such-file.json");
    }
}
