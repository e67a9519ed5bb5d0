package org.dyad.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists, on the driver, the files a job reads: folders recursively, sorted, hidden entries skipped
 * (as {@code dyad extract} does). Only file paths are shipped to executors, so a task is one batch
 * of files and the inputs must be on storage every executor sees (local disk in local mode).
 */
final class InputFiles {
    private InputFiles() {
    }

    /**
     * A path that is not a folder is kept as given, even when missing, so that the reader on the
     * executor reports it as a failed input with its reason instead of the driver dropping it.
     */
    static List<String> list(List<String> inputs) {
        List<String> files = new ArrayList<>();
        for (String input : inputs) {
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                files.addAll(under(path));
            } else {
                files.add(input);
            }
        }
        return files;
    }

    private static List<String> under(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> Files.isRegularFile(p) && !isHidden(folder, p)).sorted()
                    .map(Path::toString).toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of(folder.toString());
        }
    }

    /** Hidden means any path element below the folder given starts with a dot (.git, .DS_Store). */
    private static boolean isHidden(Path root, Path path) {
        for (Path part : root.relativize(path)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
