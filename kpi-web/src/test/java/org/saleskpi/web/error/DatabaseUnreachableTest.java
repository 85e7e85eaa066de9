package org.saleskpi.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnreachableTest {

    @Test
    void aConnectionFailureAnywhereInTheCausesIsAnOutage() {
        assertThat(DatabaseUnreachable.in(new IllegalStateException("find failed",
                new SQLTransientConnectionException("pool: Connection is not available")))).isTrue();
        assertThat(DatabaseUnreachable.in(new RuntimeException(new SQLException("closed", "08006")))).isTrue();
        assertThat(DatabaseUnreachable.in(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(DatabaseUnreachable.in(new RuntimeException(new SQLException("Connection refused", "08001",
                new ConnectException("Connection refused"))))).isTrue();
    }

    @Test
    void h2FailingToWriteItsFileIsAnOutage() {
        // As H2 reports a full disk: its file store's failure under the SQL error of the statement.
        Exception full = new SQLException("General error", "HY000", 50000,
                org.h2.mvstore.DataUtils.newMVStoreException(org.h2.mvstore.DataUtils.ERROR_WRITING_FAILED,
                        "Writing to {0} failed", "saleskpi.mv.db"));
        assertThat(DatabaseUnreachable.in(new IllegalStateException("find failed", full))).isTrue();
        assertThat(DatabaseUnreachable.in(new SQLException("General error", "HY000", 50000))).isFalse();
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertThat(DatabaseUnreachable.in(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseUnreachable.in(new SQLException("no state"))).isFalse();
        assertThat(DatabaseUnreachable.in(new SQLException("serialization", "40001"))).isFalse();
        assertThat(DatabaseUnreachable.in(new IllegalStateException("bug"))).isFalse();
        // Another server refusing (a Jira site) is not the database.
        assertThat(DatabaseUnreachable.in(new IllegalStateException(new ConnectException("Connection refused"))))
                .isFalse();
    }
}
