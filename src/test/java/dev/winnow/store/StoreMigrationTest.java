package dev.winnow.store;

import dev.winnow.domain.Project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoreMigrationTest {
    @TempDir
    Path home;

    @Test
    void storeWrittenByAnOlderVersionOpensAndUpgradesKeepingItsData() {
        Migrations all = Migrations.fromClasspath();
        Migration first = new Migration(1, "catalog", readV1(all));
        try (Store old = Store.open(home, new Migrations(List.of(first)))) {
            assertThat(old.schemaVersion()).isEqualTo(1);
            new ProjectRepository(old).save(new Project("p", "P", "/x", "active", null, null, null, null, null));
        }
        try (Store upgraded = Store.open(home)) {
            assertThat(upgraded.schemaVersion()).isEqualTo(all.latest()).isGreaterThan(1);
            assertThat(new ProjectRepository(upgraded).find("p")).isPresent();
            assertThat(new PredictionRepository(upgraded).forProject("p")).isEmpty();
        }
    }

    @Test
    void storeFromANewerWinnowIsRefusedWithAClearMessage() throws Exception {
        try (Store s = Store.open(home); Statement st = s.connection().createStatement()) {
            st.execute("PRAGMA user_version = 9999");
        }
        assertThatThrownBy(() -> Store.open(home)).isInstanceOf(StoreException.class)
                .hasMessageContaining("newer Winnow").hasMessageContaining("9999");
    }

    @Test
    void walModeIsOnAndPersists() throws Exception {
        try (Store s = Store.open(home)) {
            String mode = s.query(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery("PRAGMA journal_mode")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(mode).isEqualTo("wal");
        }
    }

    @Test
    void splitterKeepsMultiLineStatementsWhole() {
        assertThat(Migrations.statements("-- c\nCREATE TABLE a (\n x INT\n);\nCREATE INDEX i ON a (x);\n"))
                .containsExactly("CREATE TABLE a (\n x INT\n)", "CREATE INDEX i ON a (x)");
    }

    private static String readV1(Migrations all) {
        try (var in = Migrations.class.getClassLoader().getResourceAsStream("db/migration/V1__catalog.sql")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
