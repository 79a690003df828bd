package dev.winnow.embed;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

/** Tests that work on a {@link ProjectFixture} in a temp folder; the store is closed after each test. */
abstract class FixtureTest {
    @TempDir
    Path tmp;
    ProjectFixture fx;

    ProjectFixture fixture(int sets, int singles) throws IOException {
        fx = new ProjectFixture(tmp, sets, singles);
        return fx;
    }

    @AfterEach
    void closeStore() {
        if (fx != null) fx.store.close();
    }
}
