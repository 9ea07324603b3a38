/*
 * termbase.c - the SQLite termbase: schema, migrations, glossary import, and
 * the folding of term keys. Merging lives in merge.c, lookup and the
 * concordance in lookup.c; all three share termbase_internal.h.
 * See include/shuyu/termbase.h.
 */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>

#include <sqlite3.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

#include "glossary.h"
#include "lemmatizer.h"
#include "shuyu/fold.h"
#include "termbase_internal.h"
#include "utf8.h"
#include "util.h"

/*
 * The schema, version by version. A termbase at version N runs the steps
 * after N in order, each inside the one transaction that also sets
 * user_version, so a failed migration leaves the file as it was.
 */
static const char *const migrations[] = {
	/* 1: the first schema. */
	"CREATE TABLE concept ("
	"  id INTEGER PRIMARY KEY,"
	"  ref TEXT NOT NULL UNIQUE,"
	"  domain TEXT NOT NULL DEFAULT '',"
	"  definition TEXT NOT NULL DEFAULT '',"
	"  note TEXT NOT NULL DEFAULT '',"
	"  origin TEXT NOT NULL DEFAULT ''"
	");"
	"CREATE TABLE term ("
	"  id INTEGER PRIMARY KEY,"
	"  concept_id INTEGER NOT NULL REFERENCES concept(id) ON DELETE CASCADE,"
	"  lang TEXT NOT NULL CHECK (lang IN ('zh', 'en')),"
	"  text TEXT NOT NULL,"
	"  key TEXT NOT NULL,"
	"  status TEXT NOT NULL DEFAULT 'candidate'"
	"    CHECK (status IN ('preferred', 'admitted', 'deprecated', 'candidate')),"
	"  pinyin TEXT NOT NULL DEFAULT '',"
	"  pos TEXT NOT NULL DEFAULT '',"
	"  note TEXT NOT NULL DEFAULT '',"
	"  UNIQUE (concept_id, lang, text)"
	");"
	"CREATE INDEX term_by_key ON term(lang, key);"
	"CREATE INDEX term_by_concept ON term(concept_id);"
	/* Where a term is attested outside the translation memory: the UN
	 * document that the glossary or an imported file cites. */
	"CREATE TABLE attestation ("
	"  term_id INTEGER NOT NULL REFERENCES term(id) ON DELETE CASCADE,"
	"  symbol TEXT NOT NULL,"
	"  paragraph TEXT NOT NULL DEFAULT '',"
	"  PRIMARY KEY (term_id, symbol, paragraph)"
	") WITHOUT ROWID;"
	"CREATE TABLE document ("
	"  id INTEGER PRIMARY KEY,"
	"  symbol TEXT NOT NULL UNIQUE,"
	"  title TEXT NOT NULL DEFAULT '',"
	"  date TEXT NOT NULL DEFAULT '',"
	"  content_hash TEXT NOT NULL,"
	"  merged_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"
	");"
	"CREATE TABLE segment ("
	"  id INTEGER PRIMARY KEY,"
	"  document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,"
	"  position INTEGER NOT NULL,"
	"  zh TEXT NOT NULL DEFAULT '',"
	"  en TEXT NOT NULL DEFAULT '',"
	"  paragraph TEXT NOT NULL DEFAULT '',"
	"  score REAL,"
	"  UNIQUE (document_id, position)"
	");"
	"CREATE TABLE occurrence ("
	"  term_id INTEGER NOT NULL REFERENCES term(id) ON DELETE CASCADE,"
	"  segment_id INTEGER NOT NULL REFERENCES segment(id) ON DELETE CASCADE,"
	"  PRIMARY KEY (term_id, segment_id)"
	") WITHOUT ROWID;"
	"CREATE INDEX occurrence_by_segment ON occurrence(segment_id);"
	/* Lemmas of the English words in terms, so that a lookup can fold an
	 * English query without loading Hunspell (60 ms). */
	"CREATE TABLE lemma ("
	"  word TEXT PRIMARY KEY,"
	"  lemma TEXT NOT NULL"
	") WITHOUT ROWID;"
	/* Trigram indexes: substring search in Chinese, which has no spaces. */
	"CREATE VIRTUAL TABLE term_fts USING fts5(key, content='term', content_rowid='id',"
	"  tokenize='trigram');"
	"CREATE TRIGGER term_fts_insert AFTER INSERT ON term BEGIN"
	"  INSERT INTO term_fts(rowid, key) VALUES (new.id, new.key);"
	"END;"
	"CREATE TRIGGER term_fts_delete AFTER DELETE ON term BEGIN"
	"  INSERT INTO term_fts(term_fts, rowid, key) VALUES ('delete', old.id, old.key);"
	"END;"
	"CREATE TRIGGER term_fts_update AFTER UPDATE OF key ON term BEGIN"
	"  INSERT INTO term_fts(term_fts, rowid, key) VALUES ('delete', old.id, old.key);"
	"  INSERT INTO term_fts(rowid, key) VALUES (new.id, new.key);"
	"END;"
	"CREATE VIRTUAL TABLE segment_fts USING fts5(zh, en, content='segment', content_rowid='id',"
	"  tokenize='trigram');"
	"CREATE TRIGGER segment_fts_insert AFTER INSERT ON segment BEGIN"
	"  INSERT INTO segment_fts(rowid, zh, en) VALUES (new.id, new.zh, new.en);"
	"END;"
	"CREATE TRIGGER segment_fts_delete AFTER DELETE ON segment BEGIN"
	"  INSERT INTO segment_fts(segment_fts, rowid, zh, en) VALUES ('delete', old.id, old.zh, old.en);"
	"END;",

	/* 2: what an imported TMX says of each unit (its <prop>s and <note>s,
	 * as "type<TAB>value" lines), kept so that nothing is lost. */
	"ALTER TABLE segment ADD COLUMN props TEXT NOT NULL DEFAULT '';",

	/* 3: term extraction. Each segment's phrase chunks (NULL: not yet
	 * indexed; see extract.c), and the candidate pairs that extract has
	 * listed, with the terminologist's decision on each. */
	"ALTER TABLE segment ADD COLUMN zh_chunks TEXT;"
	"ALTER TABLE segment ADD COLUMN en_chunks TEXT;"
	"CREATE TABLE candidate ("
	"  id INTEGER PRIMARY KEY,"
	"  zh TEXT NOT NULL,"
	"  en TEXT NOT NULL,"
	"  zh_key TEXT NOT NULL,"
	"  en_key TEXT NOT NULL,"
	"  acronym TEXT NOT NULL DEFAULT '',"
	"  score REAL NOT NULL DEFAULT 0,"
	"  frequency INTEGER NOT NULL DEFAULT 0,"
	"  documents TEXT NOT NULL DEFAULT '',"
	"  status TEXT NOT NULL DEFAULT 'proposed'"
	"    CHECK (status IN ('proposed', 'accepted', 'rejected')),"
	"  note TEXT NOT NULL DEFAULT '',"
	"  decided_at TEXT,"
	"  UNIQUE (zh_key, en_key)"
	");",

	/* 4: segments are indexed for full text once per document, by
	 * tb_doc_close, in one statement. Through the trigger, every segment's
	 * INSERT made FTS5 write its pending index data out as a segment of
	 * its own (each statement is a savepoint, and FTS5 flushes on one),
	 * and the commit then spent as long again merging those tiny pieces. */
	"DROP TRIGGER IF EXISTS segment_fts_insert;",

	/* 5: the two-character pieces of Chinese keys. The trigram index needs
	 * three characters, and a two-character query (网络, 安全), the most
	 * common Chinese word, had to read every term. */
	"CREATE TABLE term_bigram ("
	"  gram TEXT NOT NULL,"
	"  term_id INTEGER NOT NULL REFERENCES term(id) ON DELETE CASCADE,"
	"  PRIMARY KEY (gram, term_id)"
	") WITHOUT ROWID;"
	"CREATE INDEX term_bigram_by_term ON term_bigram(term_id);"
	"INSERT OR IGNORE INTO term_bigram (gram, term_id)"
	"  SELECT substr(t.key, c.n, 2), t.id FROM term t"
	"  JOIN (WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 200)"
	"        SELECT n FROM c) c ON c.n < length(t.key)"
	"  WHERE t.lang = 'zh';",

	/* 6: merge speed in a large termbase. A segment's terms are a JSON
	 * array of term ids in the segment row, and the way back, from a term
	 * to its segments, is an FTS5 index of those arrays: FTS5 writes each
	 * transaction's postings as one new sorted run and merges runs as it
	 * goes, where the old occurrence table took a random B-tree insert per
	 * occurrence (into a million terms, a merge dirtied a page for nearly
	 * every one). English is indexed by word (Porter stems, so "measure"
	 * finds "measures"), Chinese still by trigram: a trigram index of
	 * English cost four times a word index and found mostly what a word
	 * index finds. The view keeps "occurrence" readable as a table. */
	"ALTER TABLE segment ADD COLUMN terms TEXT NOT NULL DEFAULT '[]';"
	"UPDATE segment SET terms ="
	"  (SELECT json_group_array(term_id) FROM"
	"    (SELECT term_id FROM occurrence WHERE segment_id = segment.id ORDER BY term_id))"
	"  WHERE id IN (SELECT segment_id FROM occurrence);"
	"DROP TRIGGER IF EXISTS segment_fts_delete;"
	"DROP TABLE segment_fts;"
	"DROP TABLE occurrence;"
	"CREATE VIRTUAL TABLE segment_zh_fts USING fts5(zh, content='segment', content_rowid='id',"
	"  tokenize='trigram');"
	"CREATE VIRTUAL TABLE segment_en_fts USING fts5(en, content='segment', content_rowid='id',"
	"  tokenize='porter unicode61 remove_diacritics 2');"
	"CREATE VIRTUAL TABLE occurrence_fts USING fts5(terms, content='segment', content_rowid='id',"
	"  tokenize='ascii', detail=none);"
	/* Sixteen runs of a level before FTS5 merges them, not four: in a
	 * million segments, indexing a 10,000-pair document's Chinese took
	 * 0.7 s with four, 0.21 s with sixteen; a query reads a few more runs. */
	"INSERT INTO segment_zh_fts(segment_zh_fts, rank) VALUES ('automerge', 16);"
	"INSERT INTO segment_en_fts(segment_en_fts, rank) VALUES ('automerge', 16);"
	"INSERT INTO occurrence_fts(occurrence_fts, rank) VALUES ('automerge', 16);"
	"INSERT INTO segment_zh_fts(segment_zh_fts) VALUES ('rebuild');"
	"INSERT INTO segment_en_fts(segment_en_fts) VALUES ('rebuild');"
	"INSERT INTO occurrence_fts(occurrence_fts) VALUES ('rebuild');"
	/* Segments are indexed as merge.c stores them (by tb_doc_close,
	 * once per document, when this was written); taking one out takes
	 * it out of the indexes. */
	"CREATE TRIGGER segment_delete AFTER DELETE ON segment BEGIN"
	"  INSERT INTO segment_zh_fts(segment_zh_fts, rowid, zh) VALUES ('delete', old.id, old.zh);"
	"  INSERT INTO segment_en_fts(segment_en_fts, rowid, en) VALUES ('delete', old.id, old.en);"
	"  INSERT INTO occurrence_fts(occurrence_fts, rowid, terms)"
	"    VALUES ('delete', old.id, old.terms);"
	"END;"
	"CREATE TRIGGER segment_terms_update AFTER UPDATE OF terms ON segment BEGIN"
	"  INSERT INTO occurrence_fts(occurrence_fts, rowid, terms)"
	"    VALUES ('delete', old.id, old.terms);"
	"  INSERT INTO occurrence_fts(rowid, terms) VALUES (new.id, new.terms);"
	"END;"
	/* A term that goes takes its occurrences with it, as the foreign key
	 * of the old table did. */
	"CREATE TRIGGER term_occurrence_delete AFTER DELETE ON term BEGIN"
	"  UPDATE segment SET terms ="
	"    (SELECT json_group_array(value) FROM json_each(segment.terms) WHERE value <> old.id)"
	"  WHERE id IN (SELECT rowid FROM occurrence_fts WHERE occurrence_fts MATCH '\"' || old.id || '\"');"
	"END;"
	"CREATE VIEW occurrence (term_id, segment_id) AS"
	"  SELECT j.value, s.id FROM segment s, json_each(s.terms) j;",

	/* 7: Chinese is indexed by character, not by trigram. FTS5 spent its
	 * time on the distinct tokens of a write, and a 10,000-pair document
	 * holds some 250,000 distinct trigrams but only a few thousand distinct
	 * characters: indexing its Chinese took 0.22 s by trigram, 0.06 s by
	 * character. A phrase query ("网 络 安 全") finds the characters side by
	 * side, which is substring search, and works for one or two characters
	 * too, where a trigram index cannot. FTS5's own unicode61 tokenizer
	 * splits only at spaces and punctuation, so the table holds the text
	 * with a space around each Han character (tb_zh_spaced); it keeps that
	 * text itself, so a row goes by its rowid alone, and any sqlite3 can
	 * still delete segments. fill_zh_index fills it after this step. */
	"DROP TRIGGER segment_delete;"
	"DROP TABLE segment_zh_fts;"
	"CREATE VIRTUAL TABLE segment_zh_fts USING fts5(zh, tokenize='unicode61', columnsize=0);"
	"INSERT INTO segment_zh_fts(segment_zh_fts, rank) VALUES ('automerge', 16);"
	"CREATE TRIGGER segment_delete AFTER DELETE ON segment BEGIN"
	"  DELETE FROM segment_zh_fts WHERE rowid = old.id;"
	"  INSERT INTO segment_en_fts(segment_en_fts, rowid, en) VALUES ('delete', old.id, old.en);"
	"  INSERT INTO occurrence_fts(occurrence_fts, rowid, terms)"
	"    VALUES ('delete', old.id, old.terms);"
	"END;",

	/* 8: the term matcher of a large termbase, kept in the file (see
	 * matcher.h): a process that merges reads it in a few tens of
	 * milliseconds where building it from a million terms took 0.75 s.
	 * Any change to the terms' keys takes it away; the next merge builds
	 * it again. */
	"CREATE TABLE matcher_cache ("
	"  id INTEGER PRIMARY KEY CHECK (id = 1),"
	"  terms INTEGER NOT NULL,"
	"  data BLOB NOT NULL"
	");"
	"CREATE TRIGGER term_insert_matcher AFTER INSERT ON term BEGIN"
	"  DELETE FROM matcher_cache; END;"
	"CREATE TRIGGER term_delete_matcher AFTER DELETE ON term BEGIN"
	"  DELETE FROM matcher_cache; END;"
	"CREATE TRIGGER term_update_matcher AFTER UPDATE OF id, lang, key ON term BEGIN"
	"  DELETE FROM matcher_cache; END;",

	/* 9: FTS5 merges a level's runs all at once, inside the commit, when
	 * it holds crisismerge of them (16), and a bit at a time after each
	 * write from automerge (16 here, see 6). With the two equal, the
	 * gradual merges had no room to work: every few dozen documents one
	 * commit merged a whole level of a million segments' index, 2.5-3 s
	 * for a 1,000-pair document. FTS5's own defaults keep crisismerge four
	 * times automerge (4 and 16); so does this. Settings only: nothing is
	 * rewritten. */
	"INSERT INTO segment_zh_fts(segment_zh_fts, rank) VALUES ('crisismerge', 64);"
	"INSERT INTO segment_en_fts(segment_en_fts, rank) VALUES ('crisismerge', 64);"
	"INSERT INTO occurrence_fts(occurrence_fts, rank) VALUES ('crisismerge', 64);",

	/* 10: the version of the rules each segment's chunks for extraction
	 * were cut by (CHUNK_RULES in extract.c). Chunks cut before are
	 * version 0, and are cut again by the next extract: an upgrade of
	 * shuyu changes how its old documents are read, not only its new
	 * ones. Adding a column with a default rewrites nothing. */
	"ALTER TABLE segment ADD COLUMN chunks_version INTEGER NOT NULL DEFAULT 0;",

	/* 11: the English and term indexes keep no count of each row's
	 * tokens (columnsize=0). FTS5 keeps it for ranking by bm25, which
	 * shuyu does not do, and writing it cost the merging thread a table
	 * row per index per segment. The Chinese index has had none since 7.
	 * Both are built again from the segments: some 15 s for a million.
	 * And the two text indexes merge 32 runs of a level, not 16
	 * (crisismerge four times that, as in 9): each posting is written
	 * again at fewer levels as the termbase grows. A query of them reads
	 * up to 31 runs of a level instead of 15, which the bench's substring
	 * and concordance queries hardly notice. The term index stays at 16:
	 * every lookup counts and shows a term's segments from it, and at 32
	 * a frequent term's lookup took 9.5 ms instead of 6.6. The merging
	 * thread's CPU time per 1,000-pair document into a million segments,
	 * 300 documents: 46-50 -> 42 ms; see docs/notes-termbase.md. */
	"DROP TABLE segment_en_fts;"
	"DROP TABLE occurrence_fts;"
	"CREATE VIRTUAL TABLE segment_en_fts USING fts5(en, content='segment', content_rowid='id',"
	"  tokenize='porter unicode61 remove_diacritics 2', columnsize=0);"
	"CREATE VIRTUAL TABLE occurrence_fts USING fts5(terms, content='segment', content_rowid='id',"
	"  tokenize='ascii', detail=none, columnsize=0);"
	"INSERT INTO segment_zh_fts(segment_zh_fts, rank) VALUES ('automerge', 32);"
	"INSERT INTO segment_en_fts(segment_en_fts, rank) VALUES ('automerge', 32);"
	"INSERT INTO occurrence_fts(occurrence_fts, rank) VALUES ('automerge', 16);"
	"INSERT INTO segment_zh_fts(segment_zh_fts, rank) VALUES ('crisismerge', 128);"
	"INSERT INTO segment_en_fts(segment_en_fts, rank) VALUES ('crisismerge', 128);"
	"INSERT INTO occurrence_fts(occurrence_fts, rank) VALUES ('crisismerge', 64);"
	"INSERT INTO segment_en_fts(segment_en_fts) VALUES ('rebuild');"
	"INSERT INTO occurrence_fts(occurrence_fts) VALUES ('rebuild');",
	/* 12: the term index holds, beside each key, the English term as
	 * written (in lower case) where that is not its key. A fuzzy lookup
	 * finds the keys to measure by the trigrams they hold, and a misspelt
	 * word is not lemmatized: "smqling" holds no trigram of "smile", the
	 * key of "smiling", one edit away, and was never found; nor
	 * "heaqphones" for "headphones" (key "headphone"). The substring
	 * stage keeps the keys that hold the query, as before. The index is
	 * built again from the terms: some 6 s for a million. */
	"DROP TRIGGER term_fts_insert;"
	"DROP TRIGGER term_fts_delete;"
	"DROP TRIGGER term_fts_update;"
	"DROP TABLE term_fts;"
	"CREATE VIEW term_fts_source AS SELECT id, key,"
	"  CASE WHEN lang = 'en' AND lower(text) <> key THEN lower(text) END AS written FROM term;"
	"CREATE VIRTUAL TABLE term_fts USING fts5(key, written, content='term_fts_source',"
	"  content_rowid='id', tokenize='trigram');"
	/* The triggers read the view, so that what is taken out of the index
	 * is what went in: a row's old values before it changes or goes, its
	 * new ones after. */
	"CREATE TRIGGER term_fts_insert AFTER INSERT ON term BEGIN"
	"  INSERT INTO term_fts(rowid, key, written)"
	"    SELECT id, key, written FROM term_fts_source WHERE id = new.id;"
	"END;"
	"CREATE TRIGGER term_fts_delete BEFORE DELETE ON term BEGIN"
	"  INSERT INTO term_fts(term_fts, rowid, key, written)"
	"    SELECT 'delete', id, key, written FROM term_fts_source WHERE id = old.id;"
	"END;"
	"CREATE TRIGGER term_fts_unindex BEFORE UPDATE OF lang, text, key ON term BEGIN"
	"  INSERT INTO term_fts(term_fts, rowid, key, written)"
	"    SELECT 'delete', id, key, written FROM term_fts_source WHERE id = old.id;"
	"END;"
	"CREATE TRIGGER term_fts_update AFTER UPDATE OF lang, text, key ON term BEGIN"
	"  INSERT INTO term_fts(rowid, key, written)"
	"    SELECT id, key, written FROM term_fts_source WHERE id = new.id;"
	"END;"
	"INSERT INTO term_fts(term_fts) VALUES ('rebuild');",
	/* 13: the Chinese terms that hold a Latin letter or a digit ("ICT",
	 * "2019冠状病毒病"), a few among many. A Latin-script query looks for
	 * its substring among the Chinese terms in this index (lookup.c),
	 * where the trigram index answered with English keys, only for the
	 * language test to drop them. About 1 s for a million terms. */
	"CREATE INDEX term_zh_latin ON term(id) WHERE lang = 'zh' AND key GLOB '*[0-9A-Za-z]*';",
	/* 14: which terms occur at all (TB_SEEN_SHIFT in termbase_internal.h).
	 * A lookup shows how many segments hold each term of a concept, and
	 * FTS5 counts a term by seeking it in every run of the term index (23
	 * in the bench's million segments): 0.4 million instructions and some
	 * 18 page reads for a term that occurs nowhere, as most of a concept's
	 * variants and deprecated forms do. A bit per term, set when a term is
	 * first stored in a segment, lets the lookup pass those by. fill_seen
	 * sets the bits of the terms already stored, from the index. */
	"CREATE TABLE term_seen ("
	"  block INTEGER PRIMARY KEY," /* term id >> TB_SEEN_SHIFT */
	"  bits BLOB NOT NULL"         /* TB_SEEN_BYTES: bit (id & 4095) */
	");",
	/* 15: each Chinese key's last character beside its two-character
	 * pieces (migration 5). A key holds a character either at the start of
	 * one of its pieces or as its last character, so the rows whose gram
	 * begins with a character list every key that holds it: a lookup of
	 * one character (域) read all the Chinese keys to find those that hold
	 * it inside (0.2 s in the bench's half million). */
	"INSERT OR IGNORE INTO term_bigram (gram, term_id)"
	"  SELECT substr(key, -1), id FROM term WHERE lang = 'zh' AND key <> '';",
	/* 16: each key's length in characters beside its pieces, in the
	 * primary key's order. A lookup of one or two characters shows the
	 * shortest keys that hold them, and read each of the piece's rows
	 * joined to term for its key's length: 域 is in 533 keys of the
	 * bench's million terms, and the join cost a page of term a row, half
	 * of the lookup's page reads, for the ten it shows. Now the rows come
	 * in the order shown, and the join is gone. */
	"CREATE TABLE term_piece ("
	"  gram TEXT NOT NULL,"
	"  len INTEGER NOT NULL,"
	"  term_id INTEGER NOT NULL REFERENCES term(id) ON DELETE CASCADE,"
	"  PRIMARY KEY (gram, len, term_id)"
	") WITHOUT ROWID;"
	"INSERT INTO term_piece (gram, len, term_id)"
	"  SELECT b.gram, length(t.key), b.term_id FROM term_bigram b JOIN term t ON t.id = b.term_id;"
	"DROP TABLE term_bigram;"
	"ALTER TABLE term_piece RENAME TO term_bigram;"
	"CREATE INDEX term_bigram_by_term ON term_bigram(term_id);",
	/* 17: English keys folded again (refold_en). The lemmatizer took the
	 * shortest stem Hunspell gave: "us" for used, using and uses, "unit"
	 * for united, "the" for things; now WordNet chooses among the stems
	 * (fold.c). Every English key made before is made again: the terms',
	 * the lemma table's, the candidates'; the segments' terms are found
	 * again with the new keys; the kept matcher goes. */
	"DELETE FROM matcher_cache;",
	/* 18: the character index keeps which segments hold each character,
	 * not where (detail=none): a third of its size, and 4-6% less CPU
	 * for the merge's writing thread (docs/notes-termbase.md, stop 47). A
	 * search asks for segments that hold all of the query's characters
	 * (tb_fts_all), and the text itself decides whether they stand side
	 * by side. The index keeps its copy of the spaced text. */
	"DROP TRIGGER segment_delete;"
	"ALTER TABLE segment_zh_fts RENAME TO segment_zh_fts_positions;"
	"CREATE VIRTUAL TABLE segment_zh_fts USING fts5(zh, tokenize='unicode61', columnsize=0,"
	"  detail=none);"
	"INSERT INTO segment_zh_fts(segment_zh_fts, rank) VALUES ('automerge', 32);"
	"INSERT INTO segment_zh_fts(segment_zh_fts, rank) VALUES ('crisismerge', 128);"
	"INSERT INTO segment_zh_fts(rowid, zh) SELECT rowid, zh FROM segment_zh_fts_positions"
	"  ORDER BY rowid;"
	"DROP TABLE segment_zh_fts_positions;"
	/* One run, not the dozens the filling left for the next merges to
	 * combine (2 s for a million segments). */
	"INSERT INTO segment_zh_fts(segment_zh_fts) VALUES ('optimize');"
	"CREATE TRIGGER segment_delete AFTER DELETE ON segment BEGIN"
	"  DELETE FROM segment_zh_fts WHERE rowid = old.id;"
	"  INSERT INTO segment_en_fts(segment_en_fts, rowid, en) VALUES ('delete', old.id, old.en);"
	"  INSERT INTO occurrence_fts(occurrence_fts, rowid, terms)"
	"    VALUES ('delete', old.id, old.terms);"
	"END;",
};

/* The migrations that need C after their SQL: the character index of
 * migration 7 is filled from the segments stored, the bits of migration
 * 14 from the term index, and migration 17 folds every English key
 * again. */
#define ZH_INDEX_VERSION 7
#define SEEN_VERSION 14
#define REFOLD_VERSION 17

int tb_zh_spaced(const char *zh, size_t len, util_buf *out)
{
	size_t i = 0;

	out->len = 0;
	if (util_buf_add(out, "", 0))
		return -1;
	while (i < len) {
		size_t at = i;
		UChar32 c = (UChar32)utf8_next(zh, len, &i);
		int han = u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC);

		if (han && out->len && out->s[out->len - 1] != ' ' && util_buf_add(out, " ", 1))
			return -1;
		if (util_buf_add(out, zh + at, i - at) || (han && i < len && util_buf_add(out, " ", 1)))
			return -1;
	}
	return 0;
}

size_t tb_fts_quote(char *out, const char *s, size_t len)
{
	char *p = out;
	size_t i;

	*p++ = '"';
	for (i = 0; i < len; i++) {
		if (s[i] == '"')
			*p++ = '"';
		*p++ = s[i];
	}
	*p++ = '"';
	return (size_t)(p - out);
}

char *tb_fts_phrase(const char *s, size_t len)
{
	char *q = malloc(len * 2 + 3);

	if (q)
		q[tb_fts_quote(q, s, len)] = '\0';
	return q;
}

/* Is c part of a token for FTS5's unicode61 tokenizer (its default
 * categories: letters, numbers, private use)? */
static int unicode61_token_char(UChar32 c)
{
	return (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_N_MASK | U_GC_CO_MASK)) != 0;
}

char *tb_fts_all(const char *s, size_t len)
{
	/* A token of n bytes takes n + 2 with its quotes (a quote is never
	 * part of a token), and 5 more for the AND before it, which only
	 * follows a byte that is not part of a token: at most 4 bytes for
	 * each of s's, and the NUL. */
	char *q = malloc(len * 4 + 1), *p = q;
	size_t i = 0;

	if (!q)
		return NULL;
	while (i < len) {
		size_t start = i, end;
		if (!unicode61_token_char((UChar32)utf8_next(s, len, &i)))
			continue;
		end = i;
		while (end < len) {
			size_t next = end;
			if (!unicode61_token_char((UChar32)utf8_next(s, len, &next)))
				break;
			end = next;
		}
		if (p > q) {
			memcpy(p, " AND ", 5);
			p += 5;
		}
		p += tb_fts_quote(p, s + start, end - start);
		i = end;
	}
	*p = '\0';
	return q;
}

int tb_occurrence_vocab(sy_termbase *tb, sy_error *err)
{
	int rc;

	if (tb->occurrence_vocab)
		return SY_OK;
	rc = tb_exec(tb,
		     "CREATE VIRTUAL TABLE IF NOT EXISTS temp.occurrence_vocab"
		     " USING fts5vocab(main, occurrence_fts, 'row')",
		     err);
	if (!rc)
		tb->occurrence_vocab = 1;
	return rc;
}

static int by_id(const void *a, const void *b)
{
	long x = *(const long *)a, y = *(const long *)b;

	return (x > y) - (x < y);
}

/* Reorder ids so that those of a block (id >> TB_SEEN_SHIFT) are together:
 * a counting sort by block when the blocks span fewer than a million,
 * which they do up to 4 billion terms, else qsort. The ids of 0 or less
 * are left out; *n becomes the number kept. */
static int group_by_block(long *ids, size_t *n)
{
	size_t i, kept = 0, span, *start;
	long low = 0, high = 0, *out;

	for (i = 0; i < *n; i++)
		if (ids[i] > 0) {
			long b = ids[i] >> TB_SEEN_SHIFT;
			if (!kept || b < low)
				low = b;
			if (!kept || b > high)
				high = b;
			ids[kept++] = ids[i];
		}
	*n = kept;
	if (kept < 2 || low == high)
		return 0;
	span = (size_t)(high - low) + 1;
	if (span > 1000000) {
		qsort(ids, kept, sizeof(*ids), by_id);
		return 0;
	}
	start = calloc(span + 1, sizeof(*start));
	out = malloc(kept * sizeof(*out));
	if (!start || !out) {
		free(start);
		free(out);
		return -1;
	}
	for (i = 0; i < kept; i++)
		start[(ids[i] >> TB_SEEN_SHIFT) - low + 1]++;
	for (i = 1; i <= span; i++)
		start[i] += start[i - 1];
	for (i = 0; i < kept; i++)
		out[start[(ids[i] >> TB_SEEN_SHIFT) - low]++] = ids[i];
	memcpy(ids, out, kept * sizeof(*ids));
	free(start);
	free(out);
	return 0;
}

int tb_seen_read(sy_termbase *tb, sqlite3_stmt *get, long block, unsigned char *bits,
		 sy_error *err)
{
	int rc = SY_OK, step;

	memset(bits, 0, TB_SEEN_BYTES);
	sqlite3_bind_int64(get, 1, block);
	step = sqlite3_step(get);
	if (step == SQLITE_ROW) {
		const void *b = sqlite3_column_blob(get, 0);
		size_t len = (size_t)sqlite3_column_bytes(get, 0);
		if (len && !b)
			rc = sy_error_set(err, SY_ENOMEM, "out of memory");
		else if (len)
			memcpy(bits, b, len < TB_SEEN_BYTES ? len : TB_SEEN_BYTES);
	} else if (step != SQLITE_DONE) {
		rc = tb_sql_error(tb, err, "reading which terms occur");
	}
	sqlite3_reset(get);
	return rc;
}

int tb_seen_mark(sy_termbase *tb, long *ids, size_t n, sy_error *err)
{
	sqlite3_stmt *get = NULL, *put = NULL;
	unsigned char bits[TB_SEEN_BYTES];
	size_t i = 0;
	int rc;

	if (group_by_block(ids, &n))
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	if (!n)
		return SY_OK;
	rc = tb_prepare(tb, &get, "SELECT bits FROM term_seen WHERE block = ?", err);
	if (!rc)
		rc = tb_prepare(tb, &put, "INSERT OR REPLACE INTO term_seen (block, bits) VALUES (?, ?)",
				err);
	while (!rc && i < n) {
		long block = ids[i] >> TB_SEEN_SHIFT;
		int changed = 0;

		rc = tb_seen_read(tb, get, block, bits, err);
		for (; i < n && ids[i] >> TB_SEEN_SHIFT == block; i++) {
			unsigned bit = (unsigned)(ids[i] & ((1 << TB_SEEN_SHIFT) - 1));
			unsigned char mask = (unsigned char)(1u << (bit & 7));
			if (!(bits[bit >> 3] & mask)) {
				bits[bit >> 3] |= mask;
				changed = 1;
			}
		}
		if (rc || !changed)
			continue;
		sqlite3_bind_int64(put, 1, block);
		sqlite3_bind_blob(put, 2, bits, (int)sizeof(bits), SQLITE_STATIC);
		if (sqlite3_step(put) != SQLITE_DONE)
			rc = tb_sql_error(tb, err, "noting which terms occur");
		sqlite3_reset(put);
	}
	sqlite3_finalize(get);
	sqlite3_finalize(put);
	return rc;
}

/* Migration 14: the bits of the terms the term index lists, from FTS5's
 * table of its terms (1.6 s for the bench's million segments). */
static int fill_seen(sy_termbase *tb, sy_error *err)
{
	sqlite3_stmt *st = NULL;
	long *ids = NULL;
	size_t n = 0, cap = 0;
	int rc, step = SQLITE_DONE;

	rc = tb_occurrence_vocab(tb, err);
	if (!rc)
		rc = tb_prepare(tb, &st, "SELECT CAST(term AS INTEGER) FROM temp.occurrence_vocab", err);
	while (!rc && (step = sqlite3_step(st)) == SQLITE_ROW) {
		if (util_grow(&ids, &cap, n + 1, sizeof(*ids))) {
			rc = sy_error_set(err, SY_ENOMEM, "out of memory");
			break;
		}
		ids[n++] = (long)sqlite3_column_int64(st, 0);
	}
	if (!rc && step != SQLITE_DONE)
		rc = tb_sql_error(tb, err, "reading the term index");
	sqlite3_finalize(st);
	if (!rc)
		rc = tb_seen_mark(tb, ids, n, err);
	free(ids);
	return rc;
}

/* A row's id and a text to write into it. */
typedef struct id_text {
	long id;
	char *text;
} id_text;

typedef struct id_texts {
	id_text *v;
	size_t n, cap;
} id_texts;

/* Add (id, text), text taken over; -1 when out of memory (text freed). */
static int id_texts_add(id_texts *l, long id, char *text)
{
	if (util_grow(&l->v, &l->cap, l->n + 1, sizeof(*l->v))) {
		free(text);
		return -1;
	}
	l->v[l->n].id = id;
	l->v[l->n++].text = text;
	return 0;
}

static void id_texts_free(id_texts *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i].text);
	free(l->v);
}

/* The number of words of a key (its spaces, plus one). */
static size_t key_words(const char *key)
{
	size_t n = 1;

	for (; *key; key++)
		n += *key == ' ';
	return n;
}

/*
 * The rows of query (id, text, the key made from it) whose key the fold
 * makes otherwise now, read before any is written: writing a key while
 * reading by an index on it could meet a row twice. English only: query
 * selects English rows. With same_words, only keys whose number of words
 * stays: a lemma replaces a word by a word, and a key made otherwise than
 * the fold makes it (the extractor keeps "a.i." whole) is left as it is.
 */
static int keys_changed(sy_termbase *tb, const char *query, int same_words, id_texts *out,
			sy_error *err)
{
	sqlite3_stmt *st = NULL;
	int rc, step = SQLITE_DONE;

	rc = tb_prepare(tb, &st, query, err);
	while (!rc && (step = sqlite3_step(st)) == SQLITE_ROW) {
		const char *text = (const char *)sqlite3_column_text(st, 1),
			   *old = (const char *)sqlite3_column_text(st, 2);
		char *key = NULL;
		rc = tb_key(tb, "en", text ? text : "", (size_t)sqlite3_column_bytes(st, 1), TB_KEY_RECORD,
			    &key, err);
		if (!rc && strcmp(key, old ? old : "") &&
		    (!same_words || key_words(key) == key_words(old ? old : "")))
			rc = id_texts_add(out, (long)sqlite3_column_int64(st, 0), key)
				     ? sy_error_set(err, SY_ENOMEM, "out of memory")
				     : SY_OK;
		else
			free(key);
	}
	if (!rc && step != SQLITE_DONE)
		rc = tb_sql_error(tb, err, "reading the English keys");
	sqlite3_finalize(st);
	return rc;
}

/* Write each row's new text with update (?1 the text, ?2 the id). */
static int write_keys(sy_termbase *tb, const char *update, const id_texts *rows, sy_error *err)
{
	sqlite3_stmt *st = NULL;
	int rc = tb_prepare(tb, &st, update, err);

	for (size_t i = 0; !rc && i < rows->n; i++) {
		sqlite3_bind_text(st, 1, rows->v[i].text, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 2, rows->v[i].id);
		if (sqlite3_step(st) != SQLITE_DONE)
			rc = tb_sql_error(tb, err, "writing the English keys again");
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	return rc;
}

/* Migration 17, the lemma table: each word's lemma as the lemmatizer
 * gives it now. A word whose lemma changes is kept as "lemma\0word",
 * and written after the reading. */
static int refold_lemmas(sy_termbase *tb, sy_error *err)
{
	sqlite3_stmt *st = NULL;
	id_texts rows = {0};
	int rc, step = SQLITE_DONE;

	rc = tb_prepare(tb, &st, "SELECT word, lemma FROM lemma", err);
	while (!rc && (step = sqlite3_step(st)) == SQLITE_ROW) {
		const char *word = (const char *)sqlite3_column_text(st, 0),
			   *old = (const char *)sqlite3_column_text(st, 1),
			   *lemma = word ? sy_lemma(tb->lm, word, (size_t)sqlite3_column_bytes(st, 0)) : NULL;
		size_t ln, wn;
		char *both;
		if (!lemma || !old || !strcmp(lemma, old))
			continue;
		ln = strlen(lemma) + 1;
		wn = strlen(word) + 1;
		both = malloc(ln + wn);
		if (both) {
			memcpy(both, lemma, ln);
			memcpy(both + ln, word, wn);
		}
		if (!both || id_texts_add(&rows, 0, both))
			rc = sy_error_set(err, SY_ENOMEM, "out of memory");
	}
	if (!rc && step != SQLITE_DONE)
		rc = tb_sql_error(tb, err, "reading the lemma table");
	sqlite3_finalize(st);
	st = NULL;
	if (!rc)
		rc = tb_prepare(tb, &st, "UPDATE lemma SET lemma = ?1 WHERE word = ?2", err);
	for (size_t i = 0; !rc && i < rows.n; i++) {
		const char *lemma = rows.v[i].text;
		sqlite3_bind_text(st, 1, lemma, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, lemma + strlen(lemma) + 1, -1, SQLITE_STATIC);
		if (sqlite3_step(st) != SQLITE_DONE)
			rc = tb_sql_error(tb, err, "writing the lemma table again");
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	id_texts_free(&rows);
	return rc;
}

/*
 * Migration 17, the candidates: a candidate's English key made again may
 * be another candidate's with the same Chinese. The terminologist's
 * decision is kept: a proposed pair gives way to a decided one, and
 * otherwise the pair already under the key stays.
 */
static int refold_candidates(sy_termbase *tb, sy_error *err)
{
	static const char *const sql[] = {
		"UPDATE OR IGNORE candidate SET en_key = ?1 WHERE id = ?2",
		"DELETE FROM candidate WHERE en_key = ?1 AND status = 'proposed'"
		" AND zh_key = (SELECT zh_key FROM candidate WHERE id = ?2 AND status <> 'proposed')",
		"UPDATE OR IGNORE candidate SET en_key = ?1 WHERE id = ?2",
		"DELETE FROM candidate WHERE id = ?2 AND en_key <> ?1",
	};
	id_texts rows = {0};
	int rc = keys_changed(tb, "SELECT id, en, en_key FROM candidate", 1, &rows, err);

	for (size_t i = 0; !rc && i < rows.n; i++) {
		for (size_t k = 0; !rc && k < sizeof(sql) / sizeof(sql[0]); k++) {
			id_texts one = {&rows.v[i], 1, 1};
			rc = write_keys(tb, sql[k], &one, err);
			if (!rc && (k == 0 || k == 2) && sqlite3_changes(tb->db) > 0)
				break;
		}
	}
	id_texts_free(&rows);
	return rc;
}

/* Migration 17: every English key folded again (see its SQL). */
static int refold_en(sy_termbase *tb, sy_error *err)
{
	id_texts terms = {0};
	int rc = tb_lemmatizer(tb, err);

	if (!rc)
		rc = refold_lemmas(tb, err);
	if (!rc)
		rc = keys_changed(tb, "SELECT id, text, key FROM term WHERE lang = 'en'", 0, &terms, err);
	if (!rc)
		rc = write_keys(tb, "UPDATE term SET key = ?1 WHERE id = ?2", &terms, err);
	id_texts_free(&terms);
	if (!rc)
		rc = refold_candidates(tb, err);
	return rc ? rc : tb_refind_terms(tb, err);
}

static int fill_zh_index(sy_termbase *tb, sy_error *err)
{
	sqlite3_stmt *get = NULL, *put = NULL;
	util_buf spaced = {0};
	int rc, step = SQLITE_DONE;

	rc = tb_prepare(tb, &get, "SELECT id, zh FROM segment", err);
	if (!rc)
		rc = tb_prepare(tb, &put, "INSERT INTO segment_zh_fts (rowid, zh) VALUES (?, ?)", err);
	while (!rc && (step = sqlite3_step(get)) == SQLITE_ROW) {
		const char *zh = (const char *)sqlite3_column_text(get, 1);
		if (tb_zh_spaced(zh ? zh : "", (size_t)sqlite3_column_bytes(get, 1), &spaced)) {
			rc = sy_error_set(err, SY_ENOMEM, "out of memory");
			break;
		}
		sqlite3_bind_int64(put, 1, sqlite3_column_int64(get, 0));
		sqlite3_bind_text(put, 2, spaced.s, (int)spaced.len, SQLITE_STATIC);
		if (sqlite3_step(put) != SQLITE_DONE)
			rc = tb_sql_error(tb, err, "indexing the Chinese of the stored segments");
		sqlite3_reset(put);
	}
	if (!rc && step != SQLITE_DONE)
		rc = tb_sql_error(tb, err, "reading the stored segments");
	sqlite3_finalize(get);
	sqlite3_finalize(put);
	free(spaced.s);
	return rc;
}

/* ---- small helpers shared with merge.c and lookup.c -------------------------- */

int tb_sql_error(sy_termbase *tb, sy_error *err, const char *what)
{
	int code = sqlite3_errcode(tb->db);

	if (code == SQLITE_FULL)
		return sy_error_set(err, SY_EIO, "%s: the disk is full (%s); nothing was changed", tb->path,
				    what);
	if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
		return sy_error_set(err, SY_EIO,
				    "%s: another shuyu is still writing to this termbase (%s); try again",
				    tb->path, what);
	if (code == SQLITE_READONLY)
		return sy_error_set(err, SY_EIO,
				    "%s: cannot write to this termbase: the file or its folder is read-only "
				    "(%s); lookups still work",
				    tb->path, what);
	if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
		return sy_error_set(err, SY_EINPUT, "%s: not a shuyu termbase, or damaged (%s)", tb->path,
				    sqlite3_errmsg(tb->db));
	return sy_error_set(err, SY_EIO, "%s: %s: %s", tb->path, what, sqlite3_errmsg(tb->db));
}

int tb_exec(sy_termbase *tb, const char *sql, sy_error *err)
{
	if (sqlite3_exec(tb->db, sql, NULL, NULL, NULL) != SQLITE_OK)
		return tb_sql_error(tb, err, sql);
	return SY_OK;
}

int tb_prepare(sy_termbase *tb, sqlite3_stmt **stmt, const char *sql, sy_error *err)
{
	if (sqlite3_prepare_v2(tb->db, sql, -1, stmt, NULL) != SQLITE_OK)
		return tb_sql_error(tb, err, "preparing a query");
	return SY_OK;
}

long long tb_number(sy_termbase *tb, const char *sql, long long otherwise)
{
	sqlite3_stmt *st;
	long long n = otherwise;

	if (sqlite3_prepare_v2(tb->db, sql, -1, &st, NULL) != SQLITE_OK)
		return otherwise;
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

int tb_begin(sy_termbase *tb, sy_error *err)
{
	/* IMMEDIATE takes the write lock now: a second writer waits (busy
	 * timeout) instead of failing half-way through its work. */
	if (sqlite3_exec(tb->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
		return tb_sql_error(tb, err, "starting to write");
	return SY_OK;
}

void tb_rollback(sy_termbase *tb)
{
	/* Terms this transaction added are gone: so is what was built on them. */
	tb->terms_changed++;
	tb_matcher_drop(tb);
	if (!sqlite3_get_autocommit(tb->db))
		sqlite3_exec(tb->db, "ROLLBACK", NULL, NULL, NULL);
}

int tb_commit(sy_termbase *tb, sy_error *err)
{
	if (sqlite3_exec(tb->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
		int rc = tb_sql_error(tb, err, "saving the changes");
		tb_rollback(tb);
		return rc;
	}
	return SY_OK;
}

/* The highest term id, 0 when there is none; -1 when it cannot say. */
static long term_top(sy_termbase *tb)
{
	sqlite3_stmt *st;
	long top = -1;

	if (sqlite3_prepare_v2(tb->db, "SELECT coalesce(max(id), 0) FROM term", -1, &st, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		top = (long)sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return top;
}

/* Runs in the term index past which an import merges it into one. */
#define TERM_INDEX_RUNS_MAX 16

/* The runs ("segments") of the term index, counted up to `most`: FTS5
 * numbers each run's pages from its id shifted left by 37 bits (its file
 * format), so a seek per run finds the next. -1 when it cannot say. */
static int term_index_runs(sy_termbase *tb, int most)
{
	sqlite3_stmt *st;
	sqlite3_int64 run = 1;
	int runs = 0;

	if (sqlite3_prepare_v2(tb->db,
			       "SELECT id >> 37 FROM term_fts_data WHERE id >= ?1 ORDER BY id LIMIT 1", -1,
			       &st, NULL) != SQLITE_OK)
		return -1;
	while (runs <= most) {
		sqlite3_bind_int64(st, 1, run << 37);
		if (sqlite3_step(st) != SQLITE_ROW)
			break;
		run = sqlite3_column_int64(st, 0) + 1;
		runs++;
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	return runs;
}

/*
 * Through the trigger, each term went into the term index in a statement
 * of its own, and FTS5 ends each statement with a run ("segment") of the
 * index, merging runs four at a time: 40,000 terms took 8.7 s to import,
 * a quarter of it in FTS5. So an import takes the trigger out (inside its
 * transaction: a failure, a kill or a crash brings it back with the
 * rollback) and indexes its new terms at the end with one INSERT ...
 * SELECT. New terms are those above the highest id from before: SQLite
 * gives a new row the highest id plus one, until ids run out, when it
 * picks them at random; the trigger then stays.
 */
int tb_bulk_begin(sy_termbase *tb, tb_bulk *bulk, sy_error *err)
{
	sqlite3_stmt *st;
	int rc;

	bulk->trigger = NULL;
	bulk->before = term_top(tb);
	if (bulk->before < 0)
		return tb_sql_error(tb, err, "reading the terms");
	if (bulk->before > LONG_MAX / 2)
		return SY_OK;
	rc = tb_prepare(tb, &st,
			"SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = 'term_fts_insert'",
			err);
	if (rc)
		return rc;
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0)) {
		bulk->trigger = strdup((const char *)sqlite3_column_text(st, 0));
		if (!bulk->trigger)
			rc = sy_error_set(err, SY_ENOMEM, "out of memory");
	}
	sqlite3_finalize(st);
	if (!rc && bulk->trigger)
		rc = tb_exec(tb, "DROP TRIGGER term_fts_insert", err);
	return rc;
}

/*
 * After an import that has added a tenth of the termbase's terms or more,
 * or that leaves more than TERM_INDEX_RUNS_MAX runs, the index is merged
 * into one run, inside the import's transaction: 1.8 s for a million
 * terms, and a fuzzy lookup then takes a third less time (English) or half
 * (Chinese): a lookup asks each run for every trigram it reads (the
 * bench's million terms, imported in batches, had left 23 runs). Other
 * imports leave the runs to FTS5.
 */
int tb_bulk_end(sy_termbase *tb, tb_bulk *bulk, sy_error *err)
{
	sqlite3_stmt *st;
	long top;
	int rc = SY_OK;

	if (bulk->trigger) {
		/* In a savepoint of its own, whose release makes FTS5 write the
		 * new run, so that the runs are counted with it below. */
		rc = tb_exec(tb, "SAVEPOINT term_index", err);
		if (!rc)
			rc = tb_prepare(tb, &st,
				"INSERT INTO term_fts (rowid, key, written)"
				" SELECT id, key, written FROM term_fts_source WHERE id > ?",
				err);
		if (!rc) {
			sqlite3_bind_int64(st, 1, bulk->before);
			if (sqlite3_step(st) != SQLITE_DONE)
				rc = tb_sql_error(tb, err, "indexing the new terms");
			sqlite3_finalize(st);
		}
		if (!rc)
			rc = tb_exec(tb, "RELEASE term_index", err);
		if (!rc)
			rc = tb_exec(tb, bulk->trigger, err);
	}
	tb_bulk_free(bulk);
	if (rc)
		return rc;
	top = term_top(tb);
	if (top < 0)
		return tb_sql_error(tb, err, "reading the terms");
	if (top <= bulk->before)
		return SY_OK;
	if ((top - bulk->before) * 10 < top &&
	    term_index_runs(tb, TERM_INDEX_RUNS_MAX) <= TERM_INDEX_RUNS_MAX)
		return SY_OK;
	return tb_exec(tb, "INSERT INTO term_fts (term_fts) VALUES ('optimize')", err);
}

void tb_bulk_free(tb_bulk *bulk)
{
	free(bulk->trigger);
	bulk->trigger = NULL;
}

/* ---- folding with the termbase's lemmas ---------------------------------------- */

#define LEMMA_SQL "SELECT lemma FROM lemma WHERE word = ?"

/* word's lemma by st (LEMMA_SQL) into buf (TB_LEMMA_MAX bytes), or NULL. A
 * lemma longer than the buffer is not taken: cut, it would be another
 * word. The statement is reset, which ends its read. */
static const char *lemma_row(sqlite3_stmt *st, const char *word, size_t len, char *buf)
{
	const char *lemma = NULL;

	sqlite3_bind_text(st, 1, word, (int)len, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW) {
		size_t n = (size_t)sqlite3_column_bytes(st, 0);
		if (n < TB_LEMMA_MAX) {
			memcpy(buf, sqlite3_column_text(st, 0), n);
			buf[n] = '\0';
			lemma = buf;
		}
	}
	sqlite3_reset(st);
	return lemma;
}

int tb_lemma_of(sy_termbase *tb, const char *word, size_t len, const char **lemma)
{
	*lemma = NULL;
	if (!tb->lemma_get &&
	    sqlite3_prepare_v2(tb->db, LEMMA_SQL, -1, &tb->lemma_get, NULL) != SQLITE_OK)
		return 0;
	*lemma = lemma_row(tb->lemma_get, word, len, tb->lemma_buf);
	return *lemma != NULL;
}

/* Lemmas from the lemma table. A word it lacks is remembered as a miss
 * when Hunspell could fold it (sy_lemma_may_fold); any other word is its
 * own lemma, as the fold keeps it. */
static const char *lemma_from_table(void *userdata, const char *word, size_t len)
{
	sy_termbase *tb = userdata;
	const char *lemma;

	if (tb_lemma_of(tb, word, len, &lemma))
		return lemma;
	if (sy_lemma_may_fold(word, len))
		tb->lemma_miss = 1;
	return NULL;
}

/*
 * The lemma table's lemma of a word the lemmatizer has not met, read
 * through a connection of the lemmatizer's own: a merge's English worker
 * folds while the merging thread writes on the handle's connection. Only
 * committed lemmas are seen (those of the merge under way are in the
 * lemmatizer already), and each read ends its read transaction, so that
 * it holds no checkpoint back. NULL when the table lacks the word, or
 * cannot be read (an in-memory termbase): Hunspell then folds it.
 */
static const char *lemma_from_reader(void *userdata, const char *word, size_t len)
{
	sy_termbase *tb = userdata;
	const char *file = tb->lemma_db_file;

	if (!tb->lemma_read && !tb->lemma_db_failed) {
		tb->lemma_db_failed =
			!file || !*file ||
			sqlite3_open_v2(file, &tb->lemma_db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
			sqlite3_busy_timeout(tb->lemma_db, 100) != SQLITE_OK ||
			sqlite3_prepare_v2(tb->lemma_db, LEMMA_SQL, -1, &tb->lemma_read, NULL) != SQLITE_OK;
		if (tb->lemma_db_failed) {
			sqlite3_close(tb->lemma_db);
			tb->lemma_db = NULL;
			return NULL;
		}
	}
	return tb->lemma_read ? lemma_row(tb->lemma_read, word, len, tb->lemma_read_buf) : NULL;
}

/* Hunspell itself loads at the first word that needs it and the lemma
 * table does not have (lemmatizer.h); the lemmas it works out are kept
 * for the table (tb_doc_close). */
int tb_lemmatizer(sy_termbase *tb, sy_error *err)
{
	int rc;

	if (tb->lm)
		return SY_OK;
	rc = lemmatizer_open_lazy(&tb->lm, err);
	if (!rc) {
		lemmatizer_keep_new(tb->lm);
		/* Taken here, on the handle's thread: the reader opens on the
		 * thread that folds. */
		tb->lemma_db_file = sqlite3_db_filename(tb->db, "main");
		lemmatizer_ask_first(tb->lm, lemma_from_reader, tb);
	}
	return rc;
}

int sy_termbase_lemmatizer(sy_termbase *tb, sy_lemmatizer **out, sy_error *err)
{
	int rc = tb_lemmatizer(tb, err);

	*out = rc ? NULL : tb->lm;
	return rc;
}

/* Lemmas from Hunspell, written to the lemma table for later lookups. */
int tb_lemma_put(sy_termbase *tb, const char *word, size_t len, const char *lemma)
{
	int rc;

	if (!tb->lemma_put &&
	    sqlite3_prepare_v2(tb->db, "INSERT OR IGNORE INTO lemma (word, lemma) VALUES (?, ?)", -1,
			       &tb->lemma_put, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_text(tb->lemma_put, 1, word, (int)len, SQLITE_STATIC);
	sqlite3_bind_text(tb->lemma_put, 2, lemma, -1, SQLITE_STATIC);
	rc = sqlite3_step(tb->lemma_put);
	sqlite3_reset(tb->lemma_put);
	return rc == SQLITE_DONE ? 0 : -1;
}

static const char *lemma_recording(void *userdata, const char *word, size_t len)
{
	sy_termbase *tb = userdata;
	const char *lemma = sy_lemma(tb->lm, word, len);

	if (lemma)
		tb_lemma_put(tb, word, len, lemma);
	return lemma;
}

int tb_key(sy_termbase *tb, const char *lang, const char *text, size_t len, int mode, char **key,
	   sy_error *err)
{
	int rc;

	if (!strcmp(lang, "zh"))
		return sy_fold_zh(text, len, key, err);
	switch (mode) {
	case TB_KEY_RECORD:
		rc = tb_lemmatizer(tb, err);
		if (rc)
			return rc;
		return sy_fold_en_with(lemma_recording, tb, text, len, key, err);
	case TB_KEY_HUNSPELL:
		rc = tb_lemmatizer(tb, err);
		if (rc)
			return rc;
		return sy_fold_en(tb->lm, text, len, key, err);
	default:
		tb->lemma_miss = 0;
		return sy_fold_en_with(lemma_from_table, tb, text, len, key, err);
	}
}

/* Pinyin with tone marks, from ICU's Han-Latin transliterator (opened once). */
static int pinyin_of(sy_termbase *tb, const char *text, char **out, sy_error *err)
{
	UErrorCode uerr = U_ZERO_ERROR;
	UChar buf[512];
	int32_t len, limit, out_len;
	char *s;

	*out = NULL;
	if (!tb->han_latin) {
		UChar id[16];
		u_uastrcpy(id, "Han-Latin");
		tb->han_latin = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &uerr);
		if (U_FAILURE(uerr))
			return sy_error_set(err, SY_EINTERNAL, "ICU: no Han-Latin transliterator: %s",
					    u_errorName(uerr));
	}
	u_strFromUTF8(buf, 170, &len, text, -1, &uerr);
	if (U_FAILURE(uerr)) /* a term longer than 170 UTF-16 units: no pinyin */
		return SY_OK;
	limit = len;
	utrans_transUChars(tb->han_latin, buf, &len, 512, 0, &limit, &uerr);
	if (U_FAILURE(uerr))
		return SY_OK;
	s = malloc((size_t)len * 3 + 1);
	if (!s)
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	u_strToUTF8(s, len * 3 + 1, &out_len, buf, len, &uerr);
	if (U_FAILURE(uerr)) {
		free(s);
		return SY_OK;
	}
	*out = s;
	return SY_OK;
}

/* ---- concepts and terms ---------------------------------------------------------- */

int tb_concept(sy_termbase *tb, const char *ref, const char *domain, const char *definition,
	       const char *note, const char *origin, long *id, sy_error *err)
{
	sqlite3_stmt *st = NULL;
	int rc;

	/* A concept met again (a second row of the glossary, a re-import) keeps
	 * what it has and gains what it lacked. */
	rc = tb_prepare(tb, &st,
			"INSERT INTO concept (ref, domain, note, origin, definition)"
			" VALUES (?1, ?2, ?3, ?4, ?5) "
			"ON CONFLICT (ref) DO UPDATE SET "
			"  domain = CASE WHEN excluded.domain <> '' THEN excluded.domain ELSE domain END,"
			"  definition = CASE WHEN definition = '' THEN excluded.definition ELSE definition END,"
			"  note = CASE WHEN note = '' THEN excluded.note ELSE note END "
			"RETURNING id",
			err);
	if (rc)
		return rc;
	sqlite3_bind_text(st, 1, ref, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, domain ? domain : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, note ? note : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, origin ? origin : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, definition ? definition : "", -1, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_ROW) {
		rc = tb_sql_error(tb, err, "adding a concept");
		sqlite3_finalize(st);
		return rc;
	}
	*id = (long)sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return SY_OK;
}

/* The two-character pieces of a Chinese key, for two-character lookups,
 * and its last character, for one-character ones, each with the key's
 * length (migrations 5, 15 and 16). */
static int put_bigrams(sy_termbase *tb, long term, const char *key, sy_error *err)
{
	int rc = SY_OK;

	if (!tb->bigram_put)
		rc = tb_prepare(tb, &tb->bigram_put,
				"INSERT OR IGNORE INTO term_bigram (gram, len, term_id)"
				" SELECT substr(?1, n, 2), length(?1), ?2 FROM (WITH RECURSIVE c(n) AS"
				"  (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < length(?1) - 1)"
				"  SELECT n FROM c) WHERE n < length(?1)"
				" UNION ALL SELECT substr(?1, -1), length(?1), ?2 WHERE ?1 <> ''",
				err);
	if (rc)
		return rc;
	sqlite3_bind_text(tb->bigram_put, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_int64(tb->bigram_put, 2, term);
	if (sqlite3_step(tb->bigram_put) != SQLITE_DONE)
		rc = tb_sql_error(tb, err, "indexing a term");
	sqlite3_reset(tb->bigram_put);
	return rc;
}

int tb_term(sy_termbase *tb, long concept, const char *lang, const char *text, const char *status,
	    const char *pos, const char *note, long *id, sy_error *err)
{
	char *key = NULL, *pinyin = NULL;
	int rc;

	rc = tb_key(tb, lang, text, strlen(text), TB_KEY_RECORD, &key, err);
	if (!rc && !strcmp(lang, "zh"))
		rc = pinyin_of(tb, text, &pinyin, err);
	if (rc) {
		free(key);
		return rc;
	}
	if (!tb->term_put)
		rc = tb_prepare(tb, &tb->term_put,
				"INSERT INTO term (concept_id, lang, text, key, status, pinyin, note, pos) "
				"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
				"ON CONFLICT (concept_id, lang, text) DO UPDATE SET "
				"  status = CASE WHEN status = 'candidate' THEN excluded.status ELSE status END,"
				"  pos = CASE WHEN pos = '' THEN excluded.pos ELSE pos END,"
				"  note = CASE WHEN note = '' THEN excluded.note ELSE note END "
				"RETURNING id",
				err);
	if (!rc) {
		sqlite3_stmt *st = tb->term_put;
		tb->terms_changed++;
		sqlite3_bind_int64(st, 1, concept);
		sqlite3_bind_text(st, 2, lang, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, text, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, key, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 5, status, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 6, pinyin ? pinyin : "", -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 7, note ? note : "", -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 8, pos ? pos : "", -1, SQLITE_STATIC);
		if (sqlite3_step(st) == SQLITE_ROW) {
			long term = (long)sqlite3_column_int64(st, 0);
			if (id)
				*id = term;
			sqlite3_reset(st);
			if (!strcmp(lang, "zh"))
				rc = put_bigrams(tb, term, key, err);
		} else {
			rc = tb_sql_error(tb, err, "adding a term");
			sqlite3_reset(st);
		}
	}
	free(key);
	free(pinyin);
	return rc;
}

int tb_attest(sy_termbase *tb, long term, const char *symbol, const char *paragraph, sy_error *err)
{
	int rc = SY_OK;

	if (!tb->attest_put)
		rc = tb_prepare(tb, &tb->attest_put,
				"INSERT OR IGNORE INTO attestation (term_id, symbol, paragraph) VALUES (?, ?, ?)",
				err);
	if (rc)
		return rc;
	sqlite3_bind_int64(tb->attest_put, 1, term);
	sqlite3_bind_text(tb->attest_put, 2, symbol, -1, SQLITE_STATIC);
	sqlite3_bind_text(tb->attest_put, 3, paragraph ? paragraph : "", -1, SQLITE_STATIC);
	if (sqlite3_step(tb->attest_put) != SQLITE_DONE)
		rc = tb_sql_error(tb, err, "adding a source");
	sqlite3_reset(tb->attest_put);
	return rc;
}

int tb_attest_list(sy_termbase *tb, long term, const char *list, const char *separators,
		   sy_error *err)
{
	char *copy = strdup(list ? list : ""), *cursor = copy, *symbol;
	int rc = copy ? SY_OK : sy_error_set(err, SY_ENOMEM, "out of memory");

	while (!rc && cursor && (symbol = strsep(&cursor, separators)) != NULL) {
		size_t n;
		while (*symbol == ' ')
			symbol++;
		n = strlen(symbol);
		while (n && symbol[n - 1] == ' ')
			symbol[--n] = '\0';
		if (*symbol)
			rc = tb_attest(tb, term, symbol, "", err);
	}
	free(copy);
	return rc;
}

/* ---- the glossary ----------------------------------------------------------------- */

static int valid_status(const char *s)
{
	return !strcmp(s, "preferred") || !strcmp(s, "admitted") || !strcmp(s, "deprecated") ||
	       !strcmp(s, "candidate");
}

/* Split one TSV line into fields in place. Returns the number of fields. */
static size_t split_tabs(char *line, char **fields, size_t max)
{
	size_t n = 0;
	char *p = line;

	while (n < max) {
		char *tab = strchr(p, '\t');
		fields[n++] = p;
		if (!tab)
			break;
		*tab = '\0';
		p = tab + 1;
	}
	return n;
}

int tb_glossary_line(sy_termbase *tb, char *line, size_t lineno, const char *name,
		     const char *origin, sy_error *err)
{
	char *f[8];
	size_t n, len = strlen(line);
	long concept, term;
	int rc = SY_OK, side;

	if (len && line[len - 1] == '\r')
		line[len - 1] = '\0';
	if (!line[0] || line[0] == '#')
		return SY_OK; /* blank lines and comments */
	n = split_tabs(line, f, 8);
	if (n != 7)
		return sy_error_set(err, SY_EINPUT,
				    "%s: line %zu: %zu fields, expected 7 (id, zh, en, domain, status, "
				    "note, source)",
				    name, lineno, n);
	if (!f[0][0] || (!f[1][0] && !f[2][0]) || !valid_status(f[4]))
		return sy_error_set(err, SY_EINPUT,
				    "%s: line %zu: an id, a term and a status (preferred, admitted, "
				    "deprecated, candidate) are needed",
				    name, lineno);
	/* The note of a preferred row describes the concept; of any other row,
	 * that row's terms (an acronym, a form to avoid). */
	rc = tb_concept(tb, f[0], f[3], "", !strcmp(f[4], "preferred") ? f[5] : "", origin, &concept,
			err);
	for (side = 1; side <= 2 && !rc; side++) {
		if (!f[side][0])
			continue;
		rc = tb_term(tb, concept, side == 1 ? "zh" : "en", f[side], f[4], "",
			     strcmp(f[4], "preferred") ? f[5] : "", &term, err);
		/* Sources are "; "-separated document symbols. */
		if (!rc)
			rc = tb_attest_list(tb, term, f[6], ";", err);
	}
	return rc;
}

int sy_termbase_import_glossary(sy_termbase *tb, const char *tsv, size_t len, const char *name,
				sy_error *err)
{
	char *copy = malloc(len + 1);
	tb_bulk bulk = {0, NULL};
	int rc;

	if (!copy)
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	memcpy(copy, tsv, len);
	copy[len] = '\0';
	rc = tb_begin(tb, err);
	if (!rc)
		rc = tb_bulk_begin(tb, &bulk, err);
	{
		char *line = copy, *next;
		size_t lineno = 0;
		/* The first line is the header. */
		for (; !rc && line && *line; line = next) {
			next = strchr(line, '\n');
			if (next)
				*next++ = '\0';
			if (++lineno > 1)
				rc = tb_glossary_line(tb, line, lineno, name, "glossary", err);
		}
	}
	if (!rc)
		rc = tb_bulk_end(tb, &bulk, err);
	if (!rc)
		rc = tb_commit(tb, err);
	else
		tb_rollback(tb);
	tb_bulk_free(&bulk);
	free(copy);
	return rc;
}

/* ---- opening ------------------------------------------------------------------------ */

/*
 * SQLite writes a link into every buffer it is given when it starts, so
 * without huge pages the buffers would cost a fault each: the kernel's
 * setting is read first. Each buffer holds a page of a new termbase's
 * size; the 4 KB pages of a termbase made before fit them too (SQLite
 * takes a buffer for any page up to its size). Pages past the buffers
 * come from malloc as before (docs/notes-termbase.md, stops 29 and 43:
 * buffers of 4 KB left each 16 KB page to malloc, and a cold lookup of
 * 域 took 40 ms instead of 14).
 */
#define HUGE_CACHE_PAGES 1024

void sy_termbase_cache_in_huge_pages(void)
{
	char mode[128] = "";
	size_t slot, size;
	int extra = 0;
	void *at;
	FILE *f = fopen("/sys/kernel/mm/transparent_hugepage/enabled", "r");

	if (!f)
		return;
	if (!fgets(mode, sizeof mode, f))
		mode[0] = '\0';
	fclose(f);
	if ((!strstr(mode, "[always]") && !strstr(mode, "[madvise]")) ||
	    sqlite3_config(SQLITE_CONFIG_PCACHE_HDRSZ, &extra) != SQLITE_OK || extra < 0)
		return;
	slot = (TB_PAGE_SIZE + (size_t)extra + 7) & ~(size_t)7; /* a 4 KB page fits too */
	size = HUGE_CACHE_PAGES * slot;
	if (!(at = util_map_huge(&size)))
		return;
	if (sqlite3_config(SQLITE_CONFIG_PAGECACHE, at, (int)slot, HUGE_CACHE_PAGES) != SQLITE_OK)
		munmap(at, size);
}

int sy_termbase_default_path(char *buf, size_t size, sy_error *err)
{
	const char *env = getenv("SHUYU_DB"), *xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");

	if (env && *env)
		snprintf(buf, size, "%s", env);
	else if (xdg && *xdg)
		snprintf(buf, size, "%s/shuyu/termbase.sqlite", xdg);
	else if (home && *home)
		snprintf(buf, size, "%s/.local/share/shuyu/termbase.sqlite", home);
	else
		return sy_error_set(err, SY_EUSAGE, "no termbase: set SHUYU_DB or use --db PATH");
	return SY_OK;
}

/* mkdir -p of the folder that will hold path. */
static int make_parent(const char *path, sy_error *err)
{
	char dir[4096];
	char *p;

	snprintf(dir, sizeof(dir), "%s", path);
	p = strrchr(dir, '/');
	if (!p || p == dir)
		return SY_OK;
	*p = '\0';
	for (p = dir + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(dir, 0755) && errno != EEXIST)
			return sy_error_set(err, SY_EIO, "%s: cannot create the folder: %s", dir,
					    strerror(errno));
		*p = '/';
	}
	if (mkdir(dir, 0755) && errno != EEXIST)
		return sy_error_set(err, SY_EIO, "%s: cannot create the folder: %s", dir, strerror(errno));
	return SY_OK;
}

static int migrate(sy_termbase *tb, int *created, sy_upgrade_notice *notice, void *userdata, sy_error *err)
{
	sqlite3_stmt *st;
	int version, target = (int)(sizeof(migrations) / sizeof(migrations[0]));
	int rc;

	*created = 0;
	/* Nearly always the schema is current: see so without taking the write
	 * lock, which a lookup should never need. */
	if (tb_prepare(tb, &st, "PRAGMA user_version", err))
		return err->code;
	version = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	sqlite3_finalize(st);
	if (version == target)
		return SY_OK;
	rc = tb_begin(tb, err);
	if (rc)
		return rc;
	if (tb_prepare(tb, &st, "PRAGMA user_version", err)) {
		tb_rollback(tb);
		return err->code;
	}
	version = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	sqlite3_finalize(st);
	if (version > target) {
		tb_rollback(tb);
		return sy_error_set(err, SY_EINPUT,
				    "%s: this termbase was made by a newer shuyu (schema %d; this one "
				    "knows %d); update shuyu",
				    tb->path, version, target);
	}
	if (version == 0) {
		/* A file at version 0 with tables in it is not ours. */
		if (tb_prepare(tb, &st, "SELECT count(*) FROM sqlite_master", err)) {
			tb_rollback(tb);
			return err->code;
		}
		rc = sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) > 0;
		sqlite3_finalize(st);
		if (rc) {
			tb_rollback(tb);
			return sy_error_set(err, SY_EINPUT, "%s: an SQLite file, but not a shuyu termbase",
					    tb->path);
		}
		*created = 1;
	} else if (notice) {
		/* Read under the write lock: the upgrade is this process's. */
		notice(tb->path, version, userdata);
	}
	for (; version < target; version++) {
		char pragma[64];
		rc = tb_exec(tb, migrations[version], err);
		if (!rc && version + 1 == ZH_INDEX_VERSION)
			rc = fill_zh_index(tb, err);
		if (!rc && version + 1 == SEEN_VERSION)
			rc = fill_seen(tb, err);
		if (!rc && version + 1 == REFOLD_VERSION && !*created)
			rc = refold_en(tb, err);
		if (!rc) {
			snprintf(pragma, sizeof(pragma), "PRAGMA user_version = %d", version + 1);
			rc = tb_exec(tb, pragma, err);
		}
		if (rc) {
			tb_rollback(tb);
			return rc;
		}
	}
	return tb_commit(tb, err);
}

int sy_termbase_schema_of(const char *path)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *st;
	int version = 0;

	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
	    sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL) == SQLITE_OK) {
		if (sqlite3_step(st) == SQLITE_ROW)
			version = sqlite3_column_int(st, 0);
		sqlite3_finalize(st);
	}
	sqlite3_close(db);
	return version;
}

/* Can the file be read through this connection? Not when its folder is
 * read-only and the write-ahead log's files are not there: SQLite then says
 * read-only or cannot-open. (Busy, corrupt and the like are not that.) */
static int readable_now(sqlite3 *db)
{
	int rc;

	sqlite3_busy_timeout(db, 60000);
	rc = sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", NULL, NULL, NULL) & 0xFF;
	return rc != SQLITE_READONLY && rc != SQLITE_CANTOPEN;
}

/* Open path read-only and immutable, through a file: URI (path escaped). */
static int open_immutable(const char *path, sqlite3 **db)
{
	size_t n = strlen(path), i;
	char *uri = malloc(n * 3 + 32), *p;
	int rc;

	if (!uri)
		return SQLITE_NOMEM;
	p = uri + sprintf(uri, "file:");
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)path[i];
		if (c == '%' || c == '?' || c == '#' || c <= ' ' || c >= 0x7F)
			p += sprintf(p, "%%%02X", c);
		else
			*p++ = (char)c;
	}
	strcpy(p, "?immutable=1");
	rc = sqlite3_open_v2(uri, db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
	free(uri);
	return rc;
}

/*
 * Make a new file a write-ahead log. Two processes creating the same
 * termbase at once both get here; changing the journal mode needs the file
 * to itself, and SQLite answers BUSY at once rather than through the busy
 * handler: wait and try again (up to a minute, as for any write).
 */
static int set_wal(sy_termbase *tb, sy_error *err)
{
	int tries;

	for (tries = 0; tries < 600; tries++) {
		int rc = sqlite3_exec(tb->db, "PRAGMA journal_mode = WAL", NULL, NULL, NULL);
		if (rc == SQLITE_OK)
			return SY_OK;
		if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
			break;
		sqlite3_sleep(100);
	}
	return tb_sql_error(tb, err, "PRAGMA journal_mode = WAL");
}

int sy_termbase_open(sy_termbase **out, const char *path, int flags, sy_error *err)
{
	return sy_termbase_open_noticed(out, path, flags, NULL, NULL, err);
}

int sy_termbase_open_noticed(sy_termbase **out, const char *path, int flags, sy_upgrade_notice *notice,
			     void *userdata, sy_error *err)
{
	sy_termbase *tb;
	struct stat st_file;
	int rc, exists, created = 0;

	*out = NULL;
	exists = stat(path, &st_file) == 0;
	if (!exists && !(flags & SY_TB_CREATE))
		return sy_error_set(err, SY_EINPUT,
				    "%s: no termbase here (shuyu init creates one; merge and import create "
				    "it too)",
				    path);
	if (exists && S_ISDIR(st_file.st_mode))
		return sy_error_set(err, SY_EINPUT, "%s: is a folder, not a termbase", path);
	if (!exists) {
		rc = make_parent(path, err);
		if (rc)
			return rc;
	}
	tb = calloc(1, sizeof(*tb));
	if (tb)
		tb->matcher_cache_min = TB_MATCHER_CACHE_MIN;
	if (!tb)
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	tb->path = strdup(path);
	if (!tb->path) {
		free(tb);
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	}
	rc = sqlite3_open_v2(path, &tb->db,
			     (flags & SY_TB_READONLY) ? SQLITE_OPEN_READONLY
						      : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
			     NULL);
	if (rc == SQLITE_OK && exists && !readable_now(tb->db)) {
		/* A write-ahead log needs its -shm and -wal files beside the
		 * termbase; in a folder we cannot write to they cannot be made.
		 * Read the file as it is instead (SQLite's immutable mode): a
		 * lookup works, a write is refused as read-only. */
		sqlite3_close(tb->db);
		tb->db = NULL;
		rc = open_immutable(path, &tb->db);
	}
	if (rc != SQLITE_OK) {
		rc = sy_error_set(err, SY_EIO, "%s: cannot open the termbase: %s", path,
				  tb->db ? sqlite3_errmsg(tb->db) : "out of memory");
		sy_termbase_close(tb);
		return rc;
	}
	/* Another process merging holds the write lock for the length of one
	 * document; wait for it rather than fail. */
	sqlite3_busy_timeout(tb->db, 60000);
	/* WAL is a property of the file: set it when the file is new. So is
	 * the page size, which must be set before anything is written: 16 KB
	 * where SQLite's default is 4 KB. The full-text indexes write their
	 * runs in fewer, fuller pages, and the matcher's blob (89 MB for a
	 * million terms) reads back in a quarter of the pages: the merging
	 * thread's CPU time per 1,000-pair document into a million segments
	 * 42-48 -> 33-41 ms (docs/notes-termbase.md, stop 43). A termbase
	 * made before keeps its 4 KB pages; VACUUM changes them. */
	if ((rc = tb_exec(tb, "PRAGMA foreign_keys = ON", err)) ||
	    (!exists && (rc = tb_exec(tb, "PRAGMA page_size = " TB_TEXT_OF(TB_PAGE_SIZE), err))) ||
	    (!exists && (rc = set_wal(tb, err))) ||
	    (rc = tb_exec(tb, "PRAGMA synchronous = NORMAL", err)) ||
	    (rc = tb_exec(tb, "PRAGMA cache_size = -65536", err)) ||
	    /* A statement inside a transaction keeps the pages it changes
	     * in a journal of its own, written to a file in /var/tmp once
	     * the transaction's first large statement has passed 64 KB: an
	     * import of 40,000 terms made 735,000 writes to it, one of every
	     * seven samples of its profile. In memory, it is never written. */
	    (rc = tb_exec(tb, "PRAGMA temp_store = MEMORY", err))) {
		sy_termbase_close(tb);
		return rc;
	}
	if (!(flags & SY_TB_READONLY)) {
		rc = migrate(tb, &created, notice, userdata, err);
		if (!rc)
			rc = tb_checkpointer_start(tb, err);
		if (!rc && created && !(flags & SY_TB_EMPTY))
			rc = sy_termbase_import_glossary(tb, glossary_tsv, glossary_tsv_len,
							 "the built-in glossary", err);
		if (rc) {
			sy_termbase_close(tb);
			if (created)
				remove(path);
			return rc;
		}
	}
	*out = tb;
	return SY_OK;
}

const char *sy_termbase_path(const sy_termbase *tb)
{
	return tb->path;
}

static void *close_lemmatizer(void *lm)
{
	sy_lemmatizer_close(lm);
	return NULL;
}

void sy_termbase_close(sy_termbase *tb)
{
	pthread_t closer;
	int closing;

	if (!tb)
		return;
	/* The merge's workers first: the English one holds the lemmatizer. */
	tb_pipeline_free(tb);
	/* Hunspell's dictionary, a hundred thousand words, takes 7-16 ms to
	 * free: a thread of its own frees it while the connection closes,
	 * which after a merge writes the log back into the file (30-40 ms)
	 * on this thread (docs/notes-termbase.md, stop 44). */
	closing = tb->lm && lemmatizer_loaded(tb->lm) &&
		  !pthread_create(&closer, NULL, close_lemmatizer, tb->lm);
	if (closing)
		tb->lm = NULL;
	/* Before the handle's connection: the last to close writes the log
	 * back into the file. */
	sqlite3_finalize(tb->lemma_read);
	sqlite3_close(tb->lemma_db);
	sqlite3_finalize(tb->lemma_get);
	sqlite3_finalize(tb->lemma_put);
	sqlite3_finalize(tb->term_put);
	sqlite3_finalize(tb->attest_put);
	sqlite3_finalize(tb->bigram_put);
	tb_indexer_close(tb->indexer);
	tb_matcher_drop(tb);
	tb_checkpointer_stop(tb);
	if (tb->db)
		sqlite3_close(tb->db);
	if (tb->han_latin)
		utrans_close(tb->han_latin);
	sy_lemmatizer_close(tb->lm);
	if (closing)
		pthread_join(closer, NULL);
	free(tb->path);
	free(tb);
}

int sy_termbase_stats_get(sy_termbase *tb, sy_termbase_stats *stats, sy_error *err)
{
	sqlite3_stmt *st;
	int rc = tb_prepare(tb, &st,
			    "SELECT (SELECT count(*) FROM concept), (SELECT count(*) FROM term),"
			    " (SELECT count(*) FROM document), (SELECT count(*) FROM segment)",
			    err);

	if (rc)
		return rc;
	if (sqlite3_step(st) != SQLITE_ROW) {
		rc = tb_sql_error(tb, err, "counting");
	} else {
		stats->concepts = (long)sqlite3_column_int64(st, 0);
		stats->terms = (long)sqlite3_column_int64(st, 1);
		stats->documents = (long)sqlite3_column_int64(st, 2);
		stats->segments = (long)sqlite3_column_int64(st, 3);
	}
	sqlite3_finalize(st);
	return rc;
}
