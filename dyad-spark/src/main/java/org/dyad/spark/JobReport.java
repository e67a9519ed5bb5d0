package org.dyad.spark;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.dyad.pipeline.RunReport;

/**
 * What a job did, written as {@code _report.json} beside the documents. As for {@code dyad
 * extract}, read = extracted + skipped; failed lists inputs that could not be read at all.
 *
 * @param skippedByReason counts per reason category ("language: de" and "language: fr" count as "language")
 * @param skipExamples    up to 50 "origin: reason" lines
 */
public record JobReport(
        long read,
        long extracted,
        long skipped,
        long sentences,
        long events,
        @JsonProperty("skipped_by_reason") Map<String, Long> skippedByReason,
        @JsonProperty("skip_examples") List<String> skipExamples,
        List<String> failed) {

    private static final int EXAMPLES = 50;

    /** Small aggregations over the job's outcomes; only counts and examples reach the driver. */
    static JobReport of(Dataset<Row> outcomes) {
        long extracted = 0;
        long sentences = 0;
        long events = 0;
        long skipped = 0;
        for (Row r : outcomes.groupBy("kind").agg(functions.count("*"), functions.sum("sentences"),
                functions.sum("events")).collectAsList()) {
            switch (r.getString(0)) {
                case Outcome.EXTRACTED -> {
                    extracted = r.getLong(1);
                    sentences = r.getLong(2);
                    events = r.getLong(3);
                }
                case Outcome.SKIPPED -> skipped = r.getLong(1);
                default -> {
                    // failed inputs are listed below, not counted as documents
                }
            }
        }
        Map<String, Long> byReason = new TreeMap<>();
        for (Row r : ofKind(outcomes, Outcome.SKIPPED).groupBy("reason").count().collectAsList()) {
            byReason.merge(RunReport.category(r.getString(0)), r.getLong(1), Long::sum);
        }
        return new JobReport(extracted + skipped, extracted, skipped, sentences, events, byReason,
                lines(ofKind(outcomes, Outcome.SKIPPED).limit(EXAMPLES)), lines(ofKind(outcomes, Outcome.FAILED)));
    }

    private static Dataset<Row> ofKind(Dataset<Row> outcomes, String kind) {
        return outcomes.filter(functions.col("kind").equalTo(kind)).select("origin", "reason");
    }

    private static List<String> lines(Dataset<Row> originAndReason) {
        return originAndReason.collectAsList().stream().map(r -> r.getString(0) + ": " + r.getString(1)).toList();
    }

    String summary() {
        StringBuilder sb = new StringBuilder(String.format("read %d, extracted %d, skipped %d; %d sentences, %d events%n",
                read, extracted, skipped, sentences, events));
        skippedByReason.forEach((reason, n) -> sb.append(String.format("  skipped %d: %s%n", n, reason)));
        failed.forEach(f -> sb.append("  failed input ").append(f).append('\n'));
        return sb.toString();
    }
}
