-- Dyad store schema (DuckDB). Statements are separated by a line holding only ';'.
-- Rows are bulk-appended, so column order matters (see DocumentWriter, MentionRow, EventRow).
-- documents, sentences, entities and mentions are written once per document and never updated,
-- except mentions.event_id, which regrouping reassigns. events and actors are derived and rebuilt
-- per affected block, so they carry no constraints (DuckDB checks unique indexes eagerly).
CREATE TABLE IF NOT EXISTS documents (
  id VARCHAR PRIMARY KEY,
  seq BIGINT NOT NULL,
  url VARCHAR, title VARCHAR, published VARCHAR, publisher VARCHAR,
  dateline_place VARCHAR, dateline_date VARCHAR, language VARCHAR, origin VARCHAR,
  body VARCHAR NOT NULL,
  json VARCHAR NOT NULL,
  ingested_at TIMESTAMP NOT NULL
)
;
CREATE TABLE IF NOT EXISTS sentences (
  doc_id VARCHAR NOT NULL, idx INTEGER NOT NULL, start_off INTEGER, end_off INTEGER, text VARCHAR,
  PRIMARY KEY (doc_id, idx)
)
;
CREATE TABLE IF NOT EXISTS entities (
  doc_id VARCHAR NOT NULL, idx INTEGER NOT NULL, text VARCHAR, type VARCHAR,
  start_off INTEGER, end_off INTEGER, value VARCHAR, unit VARCHAR,
  actor_code VARCHAR, actor_country VARCHAR,
  PRIMARY KEY (doc_id, idx)
)
;
CREATE TABLE IF NOT EXISTS mentions (
  id VARCHAR PRIMARY KEY,
  doc_id VARCHAR NOT NULL, event_idx INTEGER NOT NULL, contract_id VARCHAR,
  block_key VARCHAR NOT NULL, event_id VARCHAR,
  sentence_idx INTEGER, trigger_text VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
  source_code VARCHAR, source_country VARCHAR, source_sector VARCHAR, source_text VARCHAR,
  target_code VARCHAR, target_country VARCHAR, target_sector VARCHAR, target_text VARCHAR,
  cameo VARCHAR, cameo_root VARCHAR, goldstein DOUBLE, quad_class INTEGER,
  plover_event VARCHAR, plover_mode VARCHAR,
  date VARCHAR, date_precision VARCHAR, date_source VARCHAR, day_start DATE, day_end DATE,
  place_name VARCHAR, place_country VARCHAR, lat DOUBLE, lon DOUBLE,
  certainty VARCHAR, attributed_text VARCHAR, attributed_code VARCHAR, rule VARCHAR,
  publisher VARCHAR, sentence_text VARCHAR, title VARCHAR
)
;
CREATE INDEX IF NOT EXISTS mentions_block ON mentions (block_key)
;
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions (doc_id)
;
CREATE TABLE IF NOT EXISTS events (
  id VARCHAR NOT NULL, block_key VARCHAR NOT NULL, global_id BIGINT,
  source_code VARCHAR, source_country VARCHAR, source_sector VARCHAR, source_text VARCHAR,
  target_code VARCHAR, target_country VARCHAR, target_sector VARCHAR, target_text VARCHAR,
  cameo VARCHAR, cameo_root VARCHAR, goldstein DOUBLE, quad_class INTEGER,
  plover_event VARCHAR, plover_mode VARCHAR,
  date VARCHAR, date_precision VARCHAR, day_start DATE, day_end DATE,
  place_name VARCHAR, place_country VARCHAR, lat DOUBLE, lon DOUBLE,
  certainty VARCHAR, confidence DOUBLE,
  num_mentions INTEGER, num_sources INTEGER, num_articles INTEGER,
  doc_id VARCHAR, sentence_idx INTEGER, mention_id VARCHAR,
  -- copied from the speaking mention so that listing events needs no join
  sentence_text VARCHAR, title VARCHAR
)
;
-- Not unique (see above): lets a page of events and one event be read by id without scanning the table.
CREATE INDEX IF NOT EXISTS events_id ON events (id)
;
CREATE TABLE IF NOT EXISTS actors (
  code VARCHAR NOT NULL, name VARCHAR, country VARCHAR, sector VARCHAR, count INTEGER
)
;
-- Scratch tables of the writer: emptied at the start of each regroup, inside its transaction.
CREATE TABLE IF NOT EXISTS scratch_blocks (block_key VARCHAR)
;
CREATE TABLE IF NOT EXISTS scratch_assign (id VARCHAR, event_id VARCHAR)
;
CREATE TABLE IF NOT EXISTS scratch_alias (old_id VARCHAR, event_id VARCHAR)
;
-- Event ids that regrouping retired (a more precise report took over the anchor, groups merged) →
-- the event that took their place, so links and bookmarks to an old id keep working.
CREATE TABLE IF NOT EXISTS event_aliases (old_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL)
