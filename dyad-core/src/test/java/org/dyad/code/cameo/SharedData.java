package org.dyad.code.cameo;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Locates ../shared (system property dyad.shared) and skips the test when it is absent. */
final class SharedData {

    private SharedData() {
    }

    static Path require(String relative) {
        String root = System.getProperty("dyad.shared");
        Assumptions.assumeTrue(root != null, "dyad.shared not set");
        Path p = Path.of(root).resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), "shared data absent: " + p);
        return p;
    }
}
