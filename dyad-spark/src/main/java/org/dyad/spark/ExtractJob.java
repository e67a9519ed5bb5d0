package org.dyad.spark;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.dyad.model.DocumentJson;

/**
 * {@code dyad extract} as a Spark job for corpora too big for one machine: the driver lists the
 * files, tasks read and process batches of them, and the documents are written as JSON Lines part
 * files with a {@code _report.json} beside them (and optionally the events as Parquet).
 */
public final class ExtractJob {
    static final String REPORT_FILE = "_report.json";
    private static final String OUTCOMES_VIEW = "dyad_outcomes";

    private ExtractJob() {
    }

    /** Exit status as for {@code dyad extract}: 0 all inputs read, 1 some input failed, 2 usage error. */
    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("dyad-spark: " + e.getMessage());
            System.err.print(JobOptions.USAGE);
            System.exit(2);
            return;
        }
        JobReport report;
        try {
            report = run(options);
        } catch (OutputExistsException e) {
            System.err.println("dyad-spark: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.err.print(report.summary());
        System.exit(report.failed().isEmpty() ? 0 : 1);
    }

    /** Runs the job in its own Spark session, stopped at the end. */
    public static JobReport run(JobOptions options) {
        SparkSession spark = SparkSession.builder().config(conf(options)).getOrCreate();
        try {
            return run(spark, options);
        } finally {
            spark.stop();
        }
    }

    static JobReport run(SparkSession spark, JobOptions options) {
        FileSystem fs = fileSystem(spark, options.output());
        refuseExisting(fs, options.output());
        if (options.events() != null) {
            refuseExisting(fs, options.events());
        }
        Dataset<Row> outcomes = outcomes(spark, options);
        // persisted because the documents, the events and the report all read it and each
        // recomputation would run CoreNLP again; on disk, as CoreNLP needs the executors' heap
        outcomes.persist(StorageLevel.DISK_ONLY());
        try {
            outcomes.filter(functions.col("kind").equalTo(Outcome.EXTRACTED)).select("json")
                    .write().text(options.output());
            if (options.events() != null) {
                outcomes.createOrReplaceTempView(OUTCOMES_VIEW);
                EventTable.of(spark, OUTCOMES_VIEW).write().parquet(options.events());
            }
            JobReport report = JobReport.of(outcomes);
            writeReport(fs, new Path(options.output(), REPORT_FILE), report);
            return report;
        } finally {
            outcomes.unpersist();
        }
    }

    private static Dataset<Row> outcomes(SparkSession spark, JobOptions options) {
        List<String> files = InputFiles.list(options.inputs());
        JavaRDD<Row> rows;
        if (options.jsonl()) {
            rows = JsonlLineExtractor.outcomes(spark, files, options);
        } else {
            JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            int partitions = options.partitions() > 0 ? options.partitions() : sc.defaultParallelism() * 4;
            rows = sc.parallelize(files, Math.max(1, Math.min(files.size(), partitions)))
                    .mapPartitions(new FileExtractor(options));
        }
        return spark.createDataFrame(rows, Outcome.SCHEMA);
    }

    /**
     * Local mode by default, on loopback only and without the web UI: a laptop run opens no port
     * to the network. A master set by spark-submit (or --master) is left as it is.
     */
    static SparkConf conf(JobOptions options) {
        SparkConf conf = new SparkConf().setAppName("dyad-extract");
        if (options.master() != null) {
            conf.setMaster(options.master());
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[2]");
        }
        conf.setIfMissing("spark.ui.enabled", "false");
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        return conf;
    }

    private static FileSystem fileSystem(SparkSession spark, String dir) {
        try {
            return new Path(dir).getFileSystem(spark.sparkContext().hadoopConfiguration());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Never overwrite: Spark's overwrite mode deletes the folder first, whatever it held. */
    private static void refuseExisting(FileSystem fs, String dir) {
        try {
            if (fs.exists(new Path(dir))) {
                throw new OutputExistsException(dir + " exists; remove it or choose a new folder");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeReport(FileSystem fs, Path path, JobReport report) {
        try (OutputStream out = fs.create(path, false)) {
            DocumentJson.mapper().writer(SerializationFeature.INDENT_OUTPUT).writeValue(out, report);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    /** The output or events folder is already there. */
    static final class OutputExistsException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutputExistsException(String message) {
            super(message);
        }
    }
}
