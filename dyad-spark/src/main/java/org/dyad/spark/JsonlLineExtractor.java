package org.dyad.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.read.FormatSniffer;
import org.dyad.read.InputSource;
import org.dyad.read.JsonlFormatReader;
import org.dyad.read.ReadOptions;
import scala.Tuple2;

/**
 * {@code --jsonl}: JSON Lines files split by line across tasks (Spark's text source), for a few
 * files too big to be one task each. Each line goes through Dyad's own {@link JsonlFormatReader},
 * so fields, skip reasons and origins ({@code file#lineN}) are those of {@code dyad extract}.
 */
final class JsonlLineExtractor implements FlatMapFunction<Iterator<Tuple2<String, Long>>, Row> {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final JobOptions options;

    private JsonlLineExtractor(String file, JobOptions options) {
        this.file = file;
        this.options = options;
    }

    static JavaRDD<Row> outcomes(SparkSession spark, List<String> files, JobOptions options) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<Row> all = sc.emptyRDD();
        for (String file : files) {
            all = all.union(outcomesOf(spark, sc, file, options));
        }
        return all;
    }

    private static JavaRDD<Row> outcomesOf(SparkSession spark, JavaSparkContext sc, String file, JobOptions options) {
        if (!Files.isRegularFile(Path.of(file))) {
            return sc.parallelize(List.of(Outcome.failed(file, "no such file")), 1);
        }
        // zipWithIndex numbers the lines across the file's partitions, as dyad extract numbers them
        return spark.read().text(file).javaRDD().map(r -> r.getString(0)).zipWithIndex()
                .mapPartitions(new JsonlLineExtractor(file, options));
    }

    @Override
    public Iterator<Row> call(Iterator<Tuple2<String, Long>> lines) {
        return RowBatches.of(lines, line -> extract(line._1(), line._2() + 1));
    }

    private List<Row> extract(String line, long number) {
        // the reader sees a one-line file and calls it line 1; the sink puts the real number back
        String seen = file + "#line1";
        String origin = file + "#line" + number;
        OutcomeSink sink = new OutcomeSink(options, o -> o.equals(seen) ? origin : o);
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, FormatSniffer.HEAD_BYTES));
        try {
            new JsonlFormatReader().read(new InputSource(file, new ByteArrayInputStream(bytes), head, false,
                    ReadOptions.defaults()), sink);
        } catch (IOException e) {
            sink.skipped(origin, "cannot read line: " + e.getMessage());
        }
        return sink.rows();
    }
}
