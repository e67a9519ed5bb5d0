package org.dyad.spark;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.dyad.read.ReadOptions;
import org.dyad.read.SourceReader;

/**
 * One task of a file list: reads its files with Dyad's {@link SourceReader} (every format {@code
 * dyad extract} reads) and runs the executor's pipeline on each document (see {@link OutcomeSink}).
 */
final class FileExtractor implements FlatMapFunction<Iterator<String>, Row> {
    private static final long serialVersionUID = 1L;

    private final JobOptions options;

    FileExtractor(JobOptions options) {
        this.options = options;
    }

    @Override
    public Iterator<Row> call(Iterator<String> files) {
        return RowBatches.of(files, this::extract);
    }

    private List<Row> extract(String file) {
        OutcomeSink sink = new OutcomeSink(options);
        new SourceReader(ReadOptions.defaults()).read(List.of(file), sink);
        return sink.rows();
    }
}
