package org.dyad.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The events of the extracted documents as one flat table (one row per event, nested fields spelt
 * out as columns) for Parquet, so SQL engines can query them without knowing Dyad's JSON.
 */
final class EventTable {
    /** The part of the document contract the table needs; an explicit schema keeps columns stable. */
    private static final String DOCUMENT_SCHEMA = """
            `id` STRING, `url` STRING, `published` STRING, `publisher` STRING,
            `events` ARRAY<STRUCT<`id`: STRING, `sentence`: INT,
              `trigger`: STRUCT<`text`: STRING, `start`: INT, `end`: INT>,
              `source`: STRUCT<`text`: STRING, `code`: STRING, `country`: STRING, `sector`: STRING>,
              `target`: STRUCT<`text`: STRING, `code`: STRING, `country`: STRING, `sector`: STRING>,
              `cameo`: STRING, `cameo_root`: STRING, `goldstein`: DOUBLE, `quad_class`: INT,
              `plover`: STRUCT<`event`: STRING, `mode`: STRING>,
              `date`: STRING, `date_precision`: STRING, `date_source`: STRING,
              `place`: STRUCT<`name`: STRING, `country`: STRING, `lat`: DOUBLE, `lon`: DOUBLE>,
              `certainty`: STRING, `attributed_to`: STRUCT<`text`: STRING, `code`: STRING>, `rule`: STRING>>
            """;

    private static final String FLATTEN = """
            SELECT d.id AS doc_id, d.url AS url, d.published AS published, d.publisher AS publisher,
                   e.id AS event_id, e.sentence AS sentence,
                   e.trigger.text AS trigger, e.trigger.start AS trigger_start, e.trigger.end AS trigger_end,
                   e.source.text AS source_text, e.source.code AS source_code,
                   e.source.country AS source_country, e.source.sector AS source_sector,
                   e.target.text AS target_text, e.target.code AS target_code,
                   e.target.country AS target_country, e.target.sector AS target_sector,
                   e.cameo AS cameo, e.cameo_root AS cameo_root, e.goldstein AS goldstein,
                   e.quad_class AS quad_class, e.plover.event AS plover_event, e.plover.mode AS plover_mode,
                   e.date AS date, e.date_precision AS date_precision, e.date_source AS date_source,
                   e.place.name AS place_name, e.place.country AS place_country,
                   e.place.lat AS place_lat, e.place.lon AS place_lon,
                   e.certainty AS certainty, e.attributed_to.text AS attributed_to_text,
                   e.attributed_to.code AS attributed_to_code, e.rule AS rule
            FROM (SELECT from_json(json, '%s') AS d FROM %s WHERE kind = '%s') docs
            LATERAL VIEW explode(d.events) exploded AS e
            """;

    private EventTable() {
    }

    /** @param view a temporary view of the job's outcomes */
    static Dataset<Row> of(SparkSession spark, String view) {
        return spark.sql(String.format(FLATTEN, DOCUMENT_SCHEMA.replace("\n", " "), view, Outcome.EXTRACTED));
    }
}
