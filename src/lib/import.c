/*
 * import.c - TMX, TBX, TSV and CSV into the termbase. See include/shuyu/import.h.
 *
 * XML goes through libxml2's xmlTextReader: a cursor over the document that
 * keeps only the current node, so memory stays flat. The reader is opened
 * with no entity substitution (XML_PARSE_NOENT off), no DTD loading and no
 * network (XML_PARSE_NONET), an external entity loader that refuses
 * everything, and we refuse outright a file whose DOCTYPE declares entities:
 * a TMX or TBX never needs one, and that is how billion-laughs files and XXE
 * attacks start.
 *
 * Each file is one transaction; each TMX document inside it a savepoint, so
 * that a document already stored with the same content is left alone.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/xmlreader.h>

#include "shuyu/import.h"
#include "shuyu/decode.h"
#include "termbase_internal.h"
#include "util.h"

/* Trim spaces at both ends and collapse runs inside (inline markup left
 * gaps; TMX writers indent). */
static void squeeze(util_buf *b)
{
	size_t i, n = 0;
	int space = 0;

	for (i = 0; i < b->len; i++) {
		char c = b->s[i];
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			space = n > 0;
			continue;
		}
		if (space)
			b->s[n++] = ' ';
		space = 0;
		b->s[n++] = c;
	}
	b->len = n;
	if (b->s)
		b->s[n] = '\0';
}

/* ---- the XML reader, made safe -------------------------------------------------------- */

typedef struct xml_ctx {
	const char *path;
	char message[256];
	int line;
	int seen_root;
	xmlDocPtr doc; /* taken from the reader to look at the DOCTYPE: ours to free */
} xml_ctx;

static xmlParserInputPtr refuse_external(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
	(void)url;
	(void)id;
	(void)ctxt;
	return NULL;
}

static void on_xml_error(void *userdata, xmlErrorPtr error)
{
	xml_ctx *x = userdata;
	size_t n;

	if (x->message[0] || !error || error->level < XML_ERR_ERROR)
		return;
	snprintf(x->message, sizeof(x->message), "%s", error->message ? error->message : "malformed XML");
	n = strlen(x->message);
	while (n && (x->message[n - 1] == '\n' || x->message[n - 1] == ' '))
		x->message[--n] = '\0';
	/* libxml2 writes some messages on two lines: one line for ours. */
	for (char *p = x->message; *p; p++)
		if (*p == '\n')
			*p = ' ';
	x->line = error->line;
}

/* libxml2's own printing on stderr (encoding errors, I/O errors): off. What
 * matters reaches on_xml_error and is said once, with the file's name. */
static void silent(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

static xmlTextReaderPtr open_xml(const char *path, xml_ctx *x, sy_error *err)
{
	xmlTextReaderPtr r;

	/* Process-wide, and what we want everywhere: libxml2 never fetches
	 * anything a file points to. */
	xmlSetExternalEntityLoader(refuse_external);
	xmlSetGenericErrorFunc(NULL, silent);
	memset(x, 0, sizeof(*x));
	/* Errors raised outside the parser (the encoding converter) go to the
	 * process-wide handler: catch them for this file too. */
	xmlSetStructuredErrorFunc(x, on_xml_error);
	x->path = path;
	r = xmlReaderForFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOCDATA);
	if (!r) {
		sy_error_set(err, SY_EIO, "%s: cannot open the file", path);
		return NULL;
	}
	xmlTextReaderSetStructuredErrorHandler(r, on_xml_error, x);
	return r;
}

static void close_xml(xmlTextReaderPtr r, xml_ctx *x)
{
	xmlFreeTextReader(r);
	xmlSetStructuredErrorFunc(NULL, NULL);
	if (x->doc)
		xmlFreeDoc(x->doc);
	x->doc = NULL;
}

static int xml_failed(xmlTextReaderPtr r, xml_ctx *x, sy_error *err)
{
	int line = x->line ? x->line : xmlTextReaderGetParserLineNumber(r);

	return sy_error_set(err, SY_EINPUT, "%s: line %d: %s; nothing was imported", x->path, line,
			    x->message[0] ? x->message : "malformed XML");
}

/* A DOCTYPE that declares entities is refused: no TMX or TBX needs one. */
static int check_doctype(xmlTextReaderPtr r, xml_ctx *x, sy_error *err)
{
	/* Asking for the document makes it ours to free (close_xml). */
	xmlDocPtr doc = x->doc ? x->doc : (x->doc = xmlTextReaderCurrentDoc(r));

	if (doc && doc->intSubset && (doc->intSubset->entities || doc->intSubset->pentities))
		return sy_error_set(err, SY_EINPUT,
				    "%s: line %d: the file declares XML entities, which TMX and TBX never "
				    "need; refused for safety, nothing was imported",
				    x->path, xmlTextReaderGetParserLineNumber(r));
	return SY_OK;
}

static int name_is(xmlTextReaderPtr r, const char *name)
{
	const xmlChar *n = xmlTextReaderConstLocalName(r);
	return n && !strcmp((const char *)n, name);
}

/*
 * The next node worth a look: the DOCTYPE is checked for entities and the
 * root element for its name (root_a or root_b) here, so that each format's
 * loop sees only its own elements. Returns the node type, 0 at the end, -1
 * on a parse error (see xml_failed), or -2 with err set.
 */
static int xml_next(xmlTextReaderPtr r, xml_ctx *x, const char *root_a, const char *root_b,
		    const char *format, sy_error *err)
{
	for (;;) {
		int ret = xmlTextReaderRead(r), type;

		if (ret != 1)
			return ret < 0 || x->message[0] ? -1 : 0;
		type = xmlTextReaderNodeType(r);
		if (type == XML_READER_TYPE_DOCUMENT_TYPE) {
			if (check_doctype(r, x, err))
				return -2;
			continue;
		}
		if (type == XML_READER_TYPE_ELEMENT && !x->seen_root) {
			x->seen_root = 1;
			if (!name_is(r, root_a) && !(root_b && name_is(r, root_b))) {
				sy_error_set(err, SY_EINPUT, "%s: line %d: not a %s file (it starts with <%s>)",
					     x->path, xmlTextReaderGetParserLineNumber(r), format,
					     (const char *)xmlTextReaderConstLocalName(r));
				return -2;
			}
			continue;
		}
		return type;
	}
}

static char *attr(xmlTextReaderPtr r, const char *name)
{
	return (char *)xmlTextReaderGetAttribute(r, BAD_CAST name);
}

/* The text inside the current element, less inline codes (<ph>, <bpt>,
 * <ept>, <it>, <ut>: native markup); the text of <hi>, <sub> and others
 * is kept. Leaves the reader on the element's end. */
static int element_text(xmlTextReaderPtr r, util_buf *out)
{
	int depth = xmlTextReaderDepth(r), skip = -1, ret;

	out->len = 0;
	if (out->s)
		out->s[0] = '\0';
	if (xmlTextReaderIsEmptyElement(r))
		return 1;
	while ((ret = xmlTextReaderRead(r)) == 1) {
		int type = xmlTextReaderNodeType(r), d = xmlTextReaderDepth(r);
		if (type == XML_READER_TYPE_END_ELEMENT && d == depth)
			break;
		if (type == XML_READER_TYPE_ELEMENT && skip < 0 && !xmlTextReaderIsEmptyElement(r) &&
		    (name_is(r, "ph") || name_is(r, "bpt") || name_is(r, "ept") || name_is(r, "it") ||
		     name_is(r, "ut")))
			skip = d;
		else if (type == XML_READER_TYPE_END_ELEMENT && d == skip)
			skip = -1;
		else if (skip < 0 && (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
				      type == XML_READER_TYPE_WHITESPACE ||
				      type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE)) {
			const xmlChar *v = xmlTextReaderConstValue(r);
			if (v && util_buf_add(out, (const char *)v, strlen((const char *)v)))
				return -1;
		}
	}
	squeeze(out);
	return ret;
}

/* zh, en, or something else, from a language code in any case and form. */
static int lang_of(const char *code)
{
	if (!code)
		return 0;
	if (!strncasecmp(code, "zh", 2) && (!code[2] || code[2] == '-' || code[2] == '_'))
		return 'z';
	if (!strncasecmp(code, "en", 2) && (!code[2] || code[2] == '-' || code[2] == '_'))
		return 'e';
	return 0;
}

static const char *base_name(const char *path)
{
	const char *slash = strrchr(path, '/');
	return slash ? slash + 1 : path;
}

/* ---- TMX ----------------------------------------------------------------------------- */

typedef struct tmx_state {
	sy_termbase *tb;
	const char *path;
	sy_import_stats *stats;
	sy_progress_fn progress;
	void *userdata;
	tb_doc *doc;
	sy_merge_stats doc_stats;
	util_buf doc_symbol, default_symbol, seen;
	util_buf zh, en, props, text, x_document, x_paragraph;
	long x_position;
	double x_score;
	int has_score;
	int any_zh;
	char other_langs[128];
} tmx_state;

static int finish_doc(tmx_state *t, sy_error *err)
{
	int rc;

	if (!t->doc)
		return SY_OK;
	rc = tb_doc_close(t->doc, err);
	tb_doc_free(t->doc);
	t->doc = NULL;
	if (rc)
		return rc;
	t->stats->documents++;
	if (t->doc_stats.unchanged) {
		t->stats->unchanged++;
		t->tb->terms_changed++;
		tb_matcher_drop(t->tb);
		return tb_exec(t->tb, "ROLLBACK TO document; RELEASE document", err);
	}
	return tb_exec(t->tb, "RELEASE document", err);
}

static int start_doc(tmx_state *t, const char *symbol, sy_error *err)
{
	const char *p;
	int rc;

	/* Units of one document must come together: a document met again
	 * later would replace its first part. */
	for (p = util_buf_str(&t->seen); *p; p += strlen(p) + 1)
		if (!strcmp(p, symbol))
			return sy_error_set(err, SY_EINPUT,
					    "%s: the units of document %s are not all together; nothing "
					    "was imported",
					    t->path, symbol);
	/* seen holds the names one after another, each with its NUL, and
	 * sb_add keeps one more NUL at the end. */
	if (util_buf_add(&t->seen, symbol, strlen(symbol) + 1) || util_buf_set(&t->doc_symbol, symbol))
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	rc = tb_exec(t->tb, "SAVEPOINT document", err);
	if (!rc)
		rc = tb_doc_open(t->tb, symbol, NULL, NULL, 1, NULL, &t->doc_stats, &t->doc, err);
	return rc;
}

static void note_language(tmx_state *t, const char *code)
{
	size_t n = strlen(t->other_langs);

	if (!code || !*code || strstr(t->other_langs, code) || n + strlen(code) + 3 >= sizeof(t->other_langs))
		return;
	snprintf(t->other_langs + n, sizeof(t->other_langs) - n, "%s%s", n ? ", " : "", code);
}

static int end_unit(tmx_state *t, sy_error *err)
{
	const char *symbol;
	tb_segment g;
	int rc = SY_OK;

	if (!t->zh.len || !t->en.len) {
		t->stats->skipped++;
		return SY_OK;
	}
	symbol = t->x_document.len ? util_buf_str(&t->x_document) : util_buf_str(&t->default_symbol);
	if (!t->doc || strcmp(symbol, util_buf_str(&t->doc_symbol))) {
		rc = finish_doc(t, err);
		if (!rc)
			rc = start_doc(t, symbol, err);
		if (rc)
			return rc;
	}
	memset(&g, 0, sizeof(g));
	g.zh = util_buf_str(&t->zh);
	g.en = util_buf_str(&t->en);
	g.paragraph = util_buf_str(&t->x_paragraph);
	g.props = util_buf_str(&t->props);
	g.position = t->x_position;
	g.score = t->x_score;
	g.has_score = t->has_score;
	rc = tb_doc_add(t->doc, &g, err);
	if (!rc) {
		t->stats->units++;
		if (t->progress && t->stats->units % 1000 == 0)
			t->progress(t->stats->units, 0, t->userdata);
	}
	return rc;
}

static void start_unit(tmx_state *t)
{
	util_buf_set(&t->zh, "");
	util_buf_set(&t->en, "");
	util_buf_set(&t->props, "");
	util_buf_set(&t->x_document, "");
	util_buf_set(&t->x_paragraph, "");
	t->x_position = -1;
	t->has_score = 0;
}

/* Keep a <prop> or <note> as a "type<TAB>value" line (tabs and line breaks
 * in the value become spaces). */
static int keep_prop(tmx_state *t, const char *type, const char *value)
{
	size_t start = t->props.len, i;

	if (util_buf_add(&t->props, type, strlen(type)) || util_buf_add(&t->props, "\t", 1) ||
	    util_buf_add(&t->props, value, strlen(value)) || util_buf_add(&t->props, "\n", 1))
		return -1;
	for (i = start + strlen(type) + 1; i + 1 < t->props.len; i++)
		if (t->props.s[i] == '\t' || t->props.s[i] == '\n')
			t->props.s[i] = ' ';
	return 0;
}

static int import_tmx(sy_termbase *tb, const char *path, sy_import_stats *stats,
		      sy_progress_fn progress, void *userdata, sy_error *err)
{
	tmx_state t;
	xml_ctx x;
	xmlTextReaderPtr r = open_xml(path, &x, err);
	int type = 0, rc = SY_OK, lang = 0, in_unit = 0;

	if (!r)
		return err->code;
	memset(&t, 0, sizeof(t));
	t.tb = tb;
	t.path = path;
	t.stats = stats;
	t.progress = progress;
	t.userdata = userdata;
	util_buf_set(&t.default_symbol, "tmx:");
	util_buf_add(&t.default_symbol, base_name(path), strlen(base_name(path)));
	start_unit(&t);

	while (!rc && (type = xml_next(r, &x, "tmx", NULL, "TMX", err)) > 0) {
		if (type == XML_READER_TYPE_ELEMENT) {
			if (name_is(r, "tu")) {
				start_unit(&t);
				in_unit = !xmlTextReaderIsEmptyElement(r);
				if (!in_unit)
					rc = end_unit(&t, err);
			} else if (in_unit && name_is(r, "tuv")) {
				char *code = attr(r, "xml:lang");
				if (!code)
					code = attr(r, "lang"); /* TMX 1.1 */
				lang = lang_of(code);
				if (!lang)
					note_language(&t, code);
				xmlFree(code);
			} else if (in_unit && (name_is(r, "prop") || name_is(r, "note"))) {
				int is_prop = name_is(r, "prop");
				char *ptype = is_prop ? attr(r, "type") : NULL;
				const char *kind = is_prop ? (ptype ? ptype : "") : "note";
				if (element_text(r, &t.text) < 0) {
					xmlFree(ptype);
					break;
				}
				if (!strcmp(kind, "x-document"))
					util_buf_set(&t.x_document, util_buf_str(&t.text));
				else if (!strcmp(kind, "x-paragraph"))
					util_buf_set(&t.x_paragraph, util_buf_str(&t.text));
				else if (!strcmp(kind, "x-position"))
					t.x_position = strtol(util_buf_str(&t.text), NULL, 10);
				else if (!strcmp(kind, "x-score")) {
					t.x_score = strtod(util_buf_str(&t.text), NULL);
					t.has_score = 1;
				} else if (keep_prop(&t, kind, util_buf_str(&t.text)))
					rc = sy_error_set(err, SY_ENOMEM, "out of memory");
				xmlFree(ptype);
			} else if (in_unit && name_is(r, "seg")) {
				if (element_text(r, &t.text) < 0)
					break;
				if (lang == 'z') {
					t.any_zh = 1;
					util_buf_set(&t.zh, util_buf_str(&t.text));
				} else if (lang == 'e') {
					util_buf_set(&t.en, util_buf_str(&t.text));
				}
			}
		} else if (type == XML_READER_TYPE_END_ELEMENT && in_unit && name_is(r, "tu")) {
			in_unit = 0;
			rc = end_unit(&t, err);
		}
	}
	if (type == -2)
		rc = err->code;
	else if (!rc && (type < 0 || x.message[0]))
		rc = xml_failed(r, &x, err);
	if (!rc)
		rc = finish_doc(&t, err);
	if (!rc && !t.any_zh)
		rc = sy_error_set(err, SY_EINPUT,
				  "%s: no Chinese side: no <tuv xml:lang=\"zh...\"> in any unit%s%s%s; nothing "
				  "was imported",
				  path, t.other_langs[0] ? " (languages seen: " : "", t.other_langs,
				  t.other_langs[0] ? ")" : "");
	if (t.doc)
		tb_doc_free(t.doc);
	close_xml(r, &x);
	free(t.doc_symbol.s);
	free(t.default_symbol.s);
	free(t.seen.s);
	free(t.zh.s);
	free(t.en.s);
	free(t.props.s);
	free(t.text.s);
	free(t.x_document.s);
	free(t.x_paragraph.s);
	return rc;
}

/* ---- TBX ------------------------------------------------------------------------------- */

typedef struct tbx_term {
	int lang;
	util_buf text, status, pos, note, sources;
} tbx_term;

typedef struct tbx_state {
	sy_termbase *tb;
	const char *path;
	util_buf ref, domain, definition, note, sources, text;
	tbx_term *terms;
	size_t n_terms, cap;
	size_t entries;
} tbx_state;

static void tbx_clear(tbx_state *t)
{
	size_t i;

	for (i = 0; i < t->n_terms; i++) {
		free(t->terms[i].text.s);
		free(t->terms[i].status.s);
		free(t->terms[i].pos.s);
		free(t->terms[i].note.s);
		free(t->terms[i].sources.s);
	}
	t->n_terms = 0;
	util_buf_set(&t->ref, "");
	util_buf_set(&t->domain, "");
	util_buf_set(&t->definition, "");
	util_buf_set(&t->note, "");
	util_buf_set(&t->sources, "");
}

static const char *status_of(const char *tbx)
{
	if (strstr(tbx, "preferred"))
		return "preferred";
	if (strstr(tbx, "deprecated") || strstr(tbx, "superseded"))
		return "deprecated";
	return "admitted";
}

static int tbx_write(tbx_state *t, sy_error *err)
{
	char ref[64];
	long concept, term;
	size_t i;
	int rc;

	t->entries++;
	if (!t->n_terms)
		return SY_OK;
	if (!t->ref.len) {
		snprintf(ref, sizeof(ref), "tbx:%zu", t->entries);
		util_buf_set(&t->ref, ref);
	}
	rc = tb_concept(t->tb, util_buf_str(&t->ref), util_buf_str(&t->domain), util_buf_str(&t->definition),
			util_buf_str(&t->note), "import", &concept, err);
	for (i = 0; i < t->n_terms && !rc; i++) {
		tbx_term *x = &t->terms[i];
		const char *status = x->status.len ? util_buf_str(&x->status) : "admitted";
		const char *note = util_buf_str(&x->note);
		/* Our own export writes a candidate as admitted with the note
		 * "candidate": take it back. */
		if (!strcmp(note, "candidate")) {
			status = "candidate";
			note = "";
		}
		if (!x->text.len)
			continue;
		rc = tb_term(t->tb, concept, x->lang == 'z' ? "zh" : "en", util_buf_str(&x->text), status,
			     util_buf_str(&x->pos), note, &term, err);
		if (!rc)
			rc = tb_attest_list(t->tb, term, util_buf_str(&x->sources), "\n", err);
		if (!rc)
			rc = tb_attest_list(t->tb, term, util_buf_str(&t->sources), "\n", err);
	}
	return rc;
}

static int import_tbx(sy_termbase *tb, const char *path, sy_import_stats *stats, sy_error *err)
{
	tbx_state t;
	xml_ctx x;
	xmlTextReaderPtr r = open_xml(path, &x, err);
	int type = 0, rc = SY_OK, lang = 0;
	tbx_term *cur = NULL;

	if (!r)
		return err->code;
	memset(&t, 0, sizeof(t));
	t.tb = tb;
	t.path = path;
	tbx_clear(&t);
	while (!rc && (type = xml_next(r, &x, "martif", "tbx", "TBX", err)) > 0) {
		if (type == XML_READER_TYPE_ELEMENT) {
			char *kind;
			if (name_is(r, "termEntry") || name_is(r, "conceptEntry")) {
				char *id = attr(r, "id");
				tbx_clear(&t);
				util_buf_set(&t.ref, id);
				xmlFree(id);
				cur = NULL;
			} else if (name_is(r, "langSet") || name_is(r, "langSec")) {
				char *code = attr(r, "xml:lang");
				lang = lang_of(code);
				xmlFree(code);
				cur = NULL;
			} else if (name_is(r, "tig") || name_is(r, "ntig") || name_is(r, "termSec")) {
				if (!lang)
					continue; /* a language we do not keep */
				if (t.n_terms == t.cap) {
					size_t cap = t.cap ? t.cap * 2 : 8;
					tbx_term *grown = realloc(t.terms, cap * sizeof(*grown));
					if (!grown) {
						rc = sy_error_set(err, SY_ENOMEM, "out of memory");
						break;
					}
					t.terms = grown;
					t.cap = cap;
				}
				cur = &t.terms[t.n_terms++];
				memset(cur, 0, sizeof(*cur));
				cur->lang = lang;
			} else if (name_is(r, "term") && cur) {
				if (element_text(r, &cur->text) < 0)
					break;
			} else if (name_is(r, "termNote") || name_is(r, "descrip") || name_is(r, "admin") ||
				   name_is(r, "note")) {
				int is_note = name_is(r, "note");
				kind = is_note ? NULL : attr(r, "type");
				if (element_text(r, &t.text) < 0) {
					xmlFree(kind);
					break;
				}
				if (!kind && is_note) {
					if (cur)
						util_buf_set(&cur->note, util_buf_str(&t.text));
					else if (!lang)
						util_buf_set(&t.note, util_buf_str(&t.text));
				} else if (kind && !strcmp(kind, "administrativeStatus") && cur) {
					util_buf_set(&cur->status, status_of(util_buf_str(&t.text)));
				} else if (kind && !strcmp(kind, "partOfSpeech") && cur) {
					util_buf_set(&cur->pos, util_buf_str(&t.text));
				} else if (kind && !strcmp(kind, "subjectField")) {
					util_buf_set(&t.domain, util_buf_str(&t.text));
				} else if (kind && !strcmp(kind, "definition")) {
					util_buf_set(&t.definition, util_buf_str(&t.text));
				} else if (kind && !strcmp(kind, "source") && t.text.len) {
					util_buf *to = cur ? &cur->sources : &t.sources;
					if (util_buf_add(to, util_buf_str(&t.text), t.text.len) || util_buf_add(to, "\n", 1))
						rc = sy_error_set(err, SY_ENOMEM, "out of memory");
				}
				xmlFree(kind);
			}
		} else if (type == XML_READER_TYPE_END_ELEMENT) {
			if (name_is(r, "termEntry") || name_is(r, "conceptEntry")) {
				rc = tbx_write(&t, err);
				stats->concepts++;
				lang = 0;
			} else if (name_is(r, "langSet") || name_is(r, "langSec")) {
				lang = 0;
			} else if (name_is(r, "tig") || name_is(r, "ntig") || name_is(r, "termSec")) {
				cur = NULL;
			}
		}
	}
	if (type == -2)
		rc = err->code;
	else if (!rc && (type < 0 || x.message[0]))
		rc = xml_failed(r, &x, err);
	tbx_clear(&t);
	free(t.terms);
	free(t.ref.s);
	free(t.domain.s);
	free(t.definition.s);
	free(t.note.s);
	free(t.sources.s);
	free(t.text.s);
	close_xml(r, &x);
	return rc;
}

/* ---- TSV and CSV ------------------------------------------------------------------------ */

/* OmegaT's glossary line: Chinese, English, comment. Our own export puts the
 * status first in the comment; other tools' comments become the note. */
static int omegat_line(sy_termbase *tb, char *line, size_t lineno, const char *path, sy_error *err)
{
	char *f[4], ref[40], *note, *status = "admitted";
	size_t n = 0;
	long concept, term;
	unsigned long long h = 1469598103934665603ULL;
	const char *p;
	int rc;

	for (char *cursor = line; n < 4 && cursor;)
		f[n++] = strsep(&cursor, "\t");
	if (n < 2 || !*f[0] || !*f[1])
		return sy_error_set(err, SY_EINPUT,
				    "%s: line %zu: expected Chinese, English and an optional comment, "
				    "separated by tabs",
				    path, lineno);
	note = n > 2 ? f[2] : "";
	if (!strncmp(note, "preferred", 9) || !strncmp(note, "admitted", 8) ||
	    !strncmp(note, "deprecated", 10) || !strncmp(note, "candidate", 9)) {
		status = strsep(&note, ";");
		note = note ? note + (*note == ' ') : "";
	}
	/* The concept is named after the pair, so that importing the same
	 * glossary twice adds nothing. */
	for (p = f[0]; *p; p++)
		h = (h ^ (unsigned char)*p) * 1099511628211ULL;
	h = (h ^ 0xFF) * 1099511628211ULL;
	for (p = f[1]; *p; p++)
		h = (h ^ (unsigned char)*p) * 1099511628211ULL;
	snprintf(ref, sizeof(ref), "tsv:%016llx", h);
	rc = tb_concept(tb, ref, "", "", note, "import", &concept, err);
	if (!rc)
		rc = tb_term(tb, concept, "zh", f[0], status, "", "", &term, err);
	if (!rc)
		rc = tb_term(tb, concept, "en", f[1], status, "", "", &term, err);
	return rc;
}

/* Split one CSV record (RFC 4180) into fields in place; a quoted field may
 * hold a line break, so the caller joins lines until quotes balance. */
static size_t csv_fields(char *s, char **f, size_t max)
{
	size_t n = 0;
	char *out = s; /* unescaping only shortens, so out never passes s */

	for (;;) {
		if (n == max)
			return n + 1; /* too many */
		f[n++] = out;
		if (*s == '"') {
			for (s++; *s;) {
				if (*s == '"' && s[1] == '"') {
					*out++ = '"';
					s += 2;
				} else if (*s == '"') {
					s++;
					break;
				} else {
					*out++ = *s++;
				}
			}
		}
		while (*s && *s != ',')
			*out++ = *s++;
		if (!*s) {
			*out = '\0';
			return n;
		}
		s++;
		*out++ = '\0';
	}
}

static int quotes_open(const char *s)
{
	int open = 0;

	for (; *s; s++)
		if (*s == '"')
			open = !open;
	return open;
}

static int csv_record(sy_termbase *tb, char *record, size_t lineno, const char *path, sy_error *err)
{
	char *f[12];
	size_t n = csv_fields(record, f, 12);
	long concept, term;
	int rc;

	if (n != 11)
		return sy_error_set(err, SY_EINPUT,
				    "%s: line %zu: %zu fields, expected 11 (as shuyu export --format csv "
				    "writes them)",
				    path, lineno, n);
	if (!*f[0] || !*f[5] || (strcmp(f[4], "zh") && strcmp(f[4], "en")) || !*f[6])
		return sy_error_set(err, SY_EINPUT,
				    "%s: line %zu: a concept, a language (zh or en), a term and a status "
				    "are needed",
				    path, lineno);
	if (strcmp(f[6], "preferred") && strcmp(f[6], "admitted") && strcmp(f[6], "deprecated") &&
	    strcmp(f[6], "candidate"))
		return sy_error_set(err, SY_EINPUT, "%s: line %zu: unknown status '%s'", path, lineno,
				    f[6]);
	rc = tb_concept(tb, f[0], f[1], f[2], f[3], "import", &concept, err);
	if (!rc)
		rc = tb_term(tb, concept, f[4], f[5], f[6], f[7], f[9], &term, err);
	if (!rc)
		rc = tb_attest_list(tb, term, f[10], ";", err);
	return rc;
}

/* TSV and CSV go through the decode stage: any encoding, BOM, CRLF. */
static int import_lines(sy_termbase *tb, const char *path, int csv, sy_import_stats *stats,
			sy_error *err)
{
	sy_reader *reader;
	util_buf line = {NULL, 0, 0}, record = {NULL, 0, 0};
	size_t lineno = 0, record_line = 0;
	int rc = sy_reader_open(&reader, path, NULL, err), ours = 0;

	if (rc)
		return rc;
	for (;;) {
		const char *text;
		size_t len, offset;

		rc = sy_reader_next_line(reader, &text, &len, &offset, err);
		if (rc || !text)
			break;
		lineno++;
		if (util_buf_set(&line, "") || util_buf_add(&line, text, len)) {
			rc = sy_error_set(err, SY_ENOMEM, "out of memory");
			break;
		}
		if (lineno == 1) {
			if (csv) {
				if (strncmp(line.s, "concept,domain,", 15))
					rc = sy_error_set(err, SY_EINPUT,
							  "%s: line 1: expected the header shuyu writes "
							  "(concept,domain,definition,...)",
							  path);
				continue;
			}
			ours = !strncmp(line.s, "id\tzh\ten\t", 9);
			if (ours)
				continue;
		}
		if (csv) {
			if (!record.len)
				record_line = lineno;
			if (record.len && util_buf_add(&record, "\n", 1))
				rc = sy_error_set(err, SY_ENOMEM, "out of memory");
			if (!rc && util_buf_add(&record, line.s, line.len))
				rc = sy_error_set(err, SY_ENOMEM, "out of memory");
			if (rc)
				break;
			if (quotes_open(record.s))
				continue;
			if (record.len)
				rc = csv_record(tb, record.s, record_line, path, err);
			stats->concepts++;
			util_buf_set(&record, "");
			record.len = 0;
		} else if (line.len && line.s[0] != '#') {
			rc = ours ? tb_glossary_line(tb, line.s, lineno, path, "import", err)
				  : omegat_line(tb, line.s, lineno, path, err);
			stats->concepts++;
		}
		if (rc)
			break;
	}
	if (!rc && csv && record.len)
		rc = sy_error_set(err, SY_EINPUT, "%s: line %zu: a quoted field is never closed", path,
				  record_line);
	sy_reader_close(reader);
	free(line.s);
	free(record.s);
	return rc;
}

/* ---- the entry point -------------------------------------------------------------------- */

static const char *format_of(const char *path)
{
	const char *dot = strrchr(base_name(path), '.');

	if (!dot)
		return NULL;
	if (!strcasecmp(dot, ".tmx"))
		return "tmx";
	if (!strcasecmp(dot, ".tbx"))
		return "tbx";
	if (!strcasecmp(dot, ".tsv") || !strcasecmp(dot, ".txt") || !strcasecmp(dot, ".utf8"))
		return "tsv";
	if (!strcasecmp(dot, ".csv"))
		return "csv";
	return NULL;
}

int sy_termbase_import(sy_termbase *tb, const char *path, sy_import_stats *stats,
		       sy_progress_fn progress, void *userdata, sy_error *err)
{
	const char *format = format_of(path);
	FILE *probe;
	tb_bulk bulk = {0, NULL};
	int rc;

	memset(stats, 0, sizeof(*stats));
	if (!format)
		return sy_error_set(err, SY_EUSAGE,
				    "%s: cannot tell the format from the name (use .tmx, .tbx, .tsv or .csv)",
				    path);
	probe = fopen(path, "rb");
	if (!probe)
		return sy_error_set(err, SY_EINPUT, "%s: cannot open the file", path);
	fclose(probe);
	snprintf(stats->format, sizeof(stats->format), "%s", format);
	rc = tb_begin(tb, err);
	if (rc)
		return rc;
	rc = tb_bulk_begin(tb, &bulk, err);
	if (rc) {
		tb_rollback(tb);
		return rc;
	}
	if (!strcmp(format, "tmx"))
		rc = import_tmx(tb, path, stats, progress, userdata, err);
	else if (!strcmp(format, "tbx"))
		rc = import_tbx(tb, path, stats, err);
	else
		rc = import_lines(tb, path, !strcmp(format, "csv"), stats, err);
	if (!rc)
		rc = tb_bulk_end(tb, &bulk, err);
	tb_bulk_free(&bulk);
	if (rc) {
		tb_rollback(tb);
		return rc;
	}
	return tb_commit(tb, err);
}
