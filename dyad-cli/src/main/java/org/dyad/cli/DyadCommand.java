package org.dyad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dyad} command: one entry point, a subcommand per job. */
@Command(name = "dyad", mixinStandardHelpOptions = true, version = "dyad 0.1.0",
        description = "Turns news into traceable, CAMEO/PLOVER-coded dyadic events.",
        subcommands = {ExtractCommand.class, IngestCommand.class, ServeCommand.class, WatchCommand.class, ExportCommand.class,
            DemoCommand.class, EvalCommand.class, BenchCommand.class, TrainCommand.class, LearnedCommand.class,
            ActorsCommand.class})
public final class DyadCommand implements Runnable {

    @Override
    public void run() {
        CommandLine.usage(this, System.err);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line; exit 0 ok, 1 some input failed, 2 usage error. */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new DyadCommand());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("dyad: " + (ex.getMessage() != null ? ex.getMessage() : ex.toString()));
            return 1;
        });
        return cl.execute(args);
    }
}
