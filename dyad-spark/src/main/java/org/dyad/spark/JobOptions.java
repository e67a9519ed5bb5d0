package org.dyad.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of {@link ExtractJob}. Serializable because the pipeline settings travel with
 * each task to the executors, which build their own pipeline from them.
 *
 * @param master     Spark master URL, or null to use the one spark-submit set (else {@code local[2]})
 * @param partitions how many tasks the file list is split into, or 0 for four per core
 * @param jsonl      inputs are JSON Lines, split by line across tasks instead of one task per file
 */
public record JobOptions(List<String> inputs, String output, String events, String master, String date,
        boolean anyLanguage, int partitions, boolean jsonl) implements Serializable {

    static final String USAGE = """
            usage: dyad-spark --input PATH... --output DIR [--events DIR] [--master URL]
                              [--date YYYY-MM-DD] [--lang any] [--partitions N] [--jsonl]
              --input       files or folders (read recursively), several allowed
              --output      new folder for the documents (JSON Lines part files) and _report.json
              --events      new folder for a Parquet table of events, one row per event
              --master      Spark master (default: spark-submit's, else local[2])
              --date        date to read relative dates against when a document gives none
              --lang any    keep non-English documents (default: English only)
              --partitions  tasks to split the files into (default: 4 per core)
              --jsonl       inputs are JSON Lines: split each file by line across tasks
                            (for a few big files; the default reads a file per task)
            """;

    public JobOptions {
        inputs = List.copyOf(inputs);
    }

    /** @throws IllegalArgumentException with the message to show above the usage */
    public static JobOptions parse(String[] args) {
        List<String> inputs = new ArrayList<>();
        String output = null;
        String events = null;
        String master = null;
        String date = null;
        boolean anyLanguage = false;
        int partitions = 0;
        boolean jsonl = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--input" -> {
                    // every following word up to the next option is an input, so shell globs work
                    while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                        inputs.add(args[++i]);
                    }
                }
                case "--output" -> output = value(args, ++i, "--output");
                case "--events" -> events = value(args, ++i, "--events");
                case "--master" -> master = value(args, ++i, "--master");
                case "--date" -> date = value(args, ++i, "--date");
                case "--lang" -> anyLanguage = "any".equalsIgnoreCase(value(args, ++i, "--lang"));
                case "--partitions" -> partitions = positive(value(args, ++i, "--partitions"));
                case "--jsonl" -> jsonl = true;
                default -> throw new IllegalArgumentException("unknown option: " + args[i]);
            }
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("--input is required");
        }
        if (output == null) {
            throw new IllegalArgumentException("--output is required");
        }
        if (date != null && !date.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new IllegalArgumentException("--date must be YYYY-MM-DD");
        }
        return new JobOptions(inputs, output, events, master, date, anyLanguage, partitions, jsonl);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int positive(String s) {
        try {
            int n = Integer.parseInt(s);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("--partitions must be a positive number: " + s);
    }
}
