/*
 * export.c - walking the translation memory for export. See
 * sy_termbase_each_segment in include/shuyu/termbase.h.
 */
#include <string.h>

#include "termbase_internal.h"

int sy_termbase_each_segment(sy_termbase *tb, const char *document, double min_score,
			     sy_segment_fn fn, void *userdata, sy_error *err)
{
	sqlite3_stmt *st;
	int rc, step;

	if (document) {
		/* Say so when the document is not there, rather than export nothing. */
		rc = tb_prepare(tb, &st, "SELECT 1 FROM document WHERE symbol = ?", err);
		if (rc)
			return rc;
		sqlite3_bind_text(st, 1, document, -1, SQLITE_STATIC);
		step = sqlite3_step(st);
		sqlite3_finalize(st);
		if (step != SQLITE_ROW)
			return sy_error_set(err, SY_EINPUT, "%s: no document %s in the termbase", tb->path,
					    document);
	}
	rc = tb_prepare(tb, &st,
			"SELECT segment.zh, segment.en, document.symbol, segment.paragraph,"
			" segment.position, segment.score FROM segment"
			" JOIN document ON document.id = segment.document_id"
			" WHERE segment.zh <> '' AND segment.en <> ''"
			" AND (?1 IS NULL OR document.symbol = ?1)"
			" AND (segment.score IS NULL OR segment.score >= ?2)"
			" ORDER BY document.symbol, segment.position",
			err);
	if (rc)
		return rc;
	if (document)
		sqlite3_bind_text(st, 1, document, -1, SQLITE_STATIC);
	sqlite3_bind_double(st, 2, min_score);
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		sy_segment_row row;
		row.zh = (const char *)sqlite3_column_text(st, 0);
		row.en = (const char *)sqlite3_column_text(st, 1);
		row.document = (const char *)sqlite3_column_text(st, 2);
		row.paragraph = (const char *)sqlite3_column_text(st, 3);
		row.position = (long)sqlite3_column_int64(st, 4);
		row.has_score = sqlite3_column_type(st, 5) != SQLITE_NULL;
		row.score = row.has_score ? sqlite3_column_double(st, 5) : 0.0;
		rc = fn(&row, userdata);
		if (rc)
			break;
	}
	if (!rc && step != SQLITE_DONE)
		rc = tb_sql_error(tb, err, "reading the segments");
	sqlite3_finalize(st);
	return rc;
}
