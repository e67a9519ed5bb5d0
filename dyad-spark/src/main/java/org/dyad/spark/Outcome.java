package org.dyad.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dyad.model.Document;
import org.dyad.model.DocumentJson;

/**
 * What became of one document (or of an unreadable input): the rows of the job's one dataset,
 * from which the documents, the events table and the report are all derived.
 */
final class Outcome {
    static final String EXTRACTED = "extracted";
    static final String SKIPPED = "skipped";
    /** A whole input that could not be read; not a document, so not counted as read. */
    static final String FAILED = "failed";

    static final StructType SCHEMA = new StructType()
            .add("kind", DataTypes.StringType, false)
            .add("origin", DataTypes.StringType, false)
            .add("reason", DataTypes.StringType, true)
            .add("doc_id", DataTypes.StringType, true)
            .add("sentences", DataTypes.IntegerType, false)
            .add("events", DataTypes.IntegerType, false)
            .add("json", DataTypes.StringType, true);

    private Outcome() {
    }

    static Row extracted(Document d) {
        return RowFactory.create(EXTRACTED, d.origin(), null, d.id(), d.sentences().size(), d.events().size(),
                DocumentJson.write(d));
    }

    static Row skipped(String origin, String reason) {
        return RowFactory.create(SKIPPED, origin, reason, null, 0, 0, null);
    }

    static Row failed(String input, String reason) {
        return RowFactory.create(FAILED, input, reason, null, 0, 0, null);
    }
}
