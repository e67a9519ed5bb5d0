package org.dyad.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --actors FILE}, the user's knowledge-base files, for every command that resolves actors. */
final class ActorFilesOption {
    @Option(names = "--actors", paramLabel = "FILE",
            description = "actor knowledge-base overlay (e.g. from 'dyad actors import') or your overrides TSV, on top of the shipped base; repeatable, later files and overrides win")
    List<Path> files = new ArrayList<>();
}
