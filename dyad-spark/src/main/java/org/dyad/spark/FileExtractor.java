package org.dyad.spark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.dyad.clean.SkipException;
import org.dyad.model.RawDocument;
import org.dyad.pipeline.Pipeline;
import org.dyad.read.ReadOptions;
import org.dyad.read.ReadSink;
import org.dyad.read.SourceReader;

/**
 * One task: reads its files with Dyad's {@link SourceReader} (every format {@code dyad extract}
 * reads) and runs the executor's pipeline on each document. A document that cannot be used becomes a
 * skipped row with its reason; nothing a document does fails the task.
 */
final class FileExtractor implements FlatMapFunction<Iterator<String>, Row> {
    private static final long serialVersionUID = 1L;

    private final JobOptions options;

    FileExtractor(JobOptions options) {
        this.options = options;
    }

    /** Files are processed one at a time as Spark pulls rows, so a task holds one file's outcomes. */
    @Override
    public Iterator<Row> call(Iterator<String> files) {
        return new Iterator<>() {
            private Iterator<Row> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && files.hasNext()) {
                    current = extract(files.next()).iterator();
                }
                return current.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    List<Row> extract(String file) {
        List<Row> rows = new ArrayList<>();
        new SourceReader(ReadOptions.defaults()).read(List.of(file), new ReadSink() {
            @Override
            public void document(RawDocument document) {
                rows.add(process(document));
            }

            @Override
            public void skipped(String origin, String reason) {
                rows.add(Outcome.skipped(origin, reason));
            }

            @Override
            public void failed(String input, String reason) {
                rows.add(Outcome.failed(input, reason));
            }
        });
        return rows;
    }

    private Row process(RawDocument raw) {
        // the pipeline is fetched per document, not per task, so a task of empty files loads no models
        Pipeline pipeline = ExecutorPipeline.get(options);
        try {
            return Outcome.extracted(pipeline.process(raw));
        } catch (SkipException e) {
            return Outcome.skipped(raw.origin(), e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // one bad document must not fail the task (Spark would retry it, then end the job)
            return Outcome.skipped(raw.origin(), "internal error: " + e);
        }
    }
}
