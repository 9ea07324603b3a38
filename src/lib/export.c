/*
 * export.c - walking the translation memory for export. See
 * sy_termbase_each_segment in include/shuyu/termbase.h.
 */
#include <stdlib.h>
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
			" segment.position, segment.score, segment.props FROM segment"
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
		row.props = (const char *)sqlite3_column_text(st, 6);
		rc = fn(&row, userdata);
		if (rc)
			break;
	}
	if (!rc && step != SQLITE_DONE)
		rc = tb_sql_error(tb, err, "reading the segments");
	sqlite3_finalize(st);
	return rc;
}

/* Copy of a column, or "" (the rows of one concept outlive the cursor). */
static char *column(sqlite3_stmt *st, int col)
{
	const unsigned char *t = sqlite3_column_text(st, col);
	return strdup(t ? (const char *)t : "");
}

typedef struct concept_buf {
	long id;
	char *ref, *domain, *definition, *note;
	sy_term_row *terms;
	size_t n_terms, cap;
} concept_buf;

static void concept_clear(concept_buf *c)
{
	size_t i;

	for (i = 0; i < c->n_terms; i++) {
		free((char *)c->terms[i].lang);
		free((char *)c->terms[i].text);
		free((char *)c->terms[i].status);
		free((char *)c->terms[i].pos);
		free((char *)c->terms[i].note);
		free((char *)c->terms[i].pinyin);
		free((char *)c->terms[i].sources);
	}
	c->n_terms = 0;
	free(c->ref);
	free(c->domain);
	free(c->definition);
	free(c->note);
	c->ref = c->domain = c->definition = c->note = NULL;
}

static int concept_emit(concept_buf *c, sy_concept_fn fn, void *userdata)
{
	sy_concept_row row;

	if (!c->ref)
		return 0;
	row.ref = c->ref;
	row.domain = c->domain;
	row.definition = c->definition;
	row.note = c->note;
	row.terms = c->terms;
	row.n_terms = c->n_terms;
	return fn(&row, userdata);
}

int sy_termbase_each_concept(sy_termbase *tb, sy_concept_fn fn, void *userdata, sy_error *err)
{
	sqlite3_stmt *st;
	concept_buf c;
	int rc, step;

	memset(&c, 0, sizeof(c));
	c.id = -1;
	/* One pass over a join, grouped here, rather than a query per concept. */
	rc = tb_prepare(tb, &st,
			"SELECT concept.id, concept.ref, concept.domain, concept.definition, concept.note,"
			" term.lang, term.text, term.status, term.pos, term.note, term.pinyin,"
			" (SELECT group_concat(symbol, '; ') FROM"
			"   (SELECT symbol FROM attestation WHERE term_id = term.id ORDER BY symbol))"
			" FROM concept JOIN term ON term.concept_id = concept.id"
			" ORDER BY concept.id, term.lang = 'en', term.id",
			err);
	if (rc)
		return rc;
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		long id = (long)sqlite3_column_int64(st, 0);
		sy_term_row *t;

		if (id != c.id) {
			rc = concept_emit(&c, fn, userdata);
			concept_clear(&c);
			if (rc)
				break;
			c.id = id;
			c.ref = column(st, 1);
			c.domain = column(st, 2);
			c.definition = column(st, 3);
			c.note = column(st, 4);
		}
		if (c.n_terms == c.cap) {
			size_t cap = c.cap ? c.cap * 2 : 8;
			sy_term_row *grown = realloc(c.terms, cap * sizeof(*grown));
			if (!grown) {
				rc = sy_error_set(err, SY_ENOMEM, "out of memory");
				break;
			}
			c.terms = grown;
			c.cap = cap;
		}
		t = &c.terms[c.n_terms++];
		t->lang = column(st, 5);
		t->text = column(st, 6);
		t->status = column(st, 7);
		t->pos = column(st, 8);
		t->note = column(st, 9);
		t->pinyin = column(st, 10);
		t->sources = column(st, 11);
	}
	if (!rc && step != SQLITE_DONE)
		rc = tb_sql_error(tb, err, "reading the concepts");
	if (!rc)
		rc = concept_emit(&c, fn, userdata);
	concept_clear(&c);
	free(c.terms);
	sqlite3_finalize(st);
	return rc;
}
