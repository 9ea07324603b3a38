/*
 * tbx.c - TBX-Basic, OmegaT glossary and CSV output. See include/shuyu/tbx.h.
 */
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlwriter.h>

#include "shuyu/tbx.h"
#include "shuyu/version.h"

struct sy_tbx_writer {
	xmlTextWriterPtr writer;
	char *path;
	int failed;
};

static int check(sy_tbx_writer *w, int rc, sy_error *err)
{
	if (rc < 0 && !w->failed) {
		w->failed = 1;
		return sy_error_set(err, SY_EIO, "%s: cannot write the TBX file", w->path);
	}
	return w->failed ? SY_EIO : SY_OK;
}

int sy_tbx_writer_open(sy_tbx_writer **out, const char *path, sy_error *err)
{
	sy_tbx_writer *w = calloc(1, sizeof(*w));
	const char *file = path && strcmp(path, "-") ? path : "-";
	int rc = 0;

	*out = NULL;
	if (!w)
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	w->path = strdup(strcmp(file, "-") ? file : "(standard output)");
	w->writer = xmlNewTextWriterFilename(file, 0);
	if (!w->writer || !w->path) {
		sy_error_set(err, SY_EIO, "%s: cannot create the file", file);
		free(w->path);
		free(w);
		return SY_EIO;
	}
	xmlTextWriterSetIndent(w->writer, 1);
	xmlTextWriterSetIndentString(w->writer, BAD_CAST "  ");
	rc |= xmlTextWriterStartDocument(w->writer, "1.0", "UTF-8", NULL);
	rc |= xmlTextWriterWriteDTD(w->writer, BAD_CAST "martif", NULL,
				    BAD_CAST "TBXBasiccoreStructV02.dtd", NULL);
	rc |= xmlTextWriterStartElement(w->writer, BAD_CAST "martif");
	rc |= xmlTextWriterWriteAttribute(w->writer, BAD_CAST "type", BAD_CAST "TBX-Basic");
	rc |= xmlTextWriterWriteAttribute(w->writer, BAD_CAST "xml:lang", BAD_CAST "en");
	rc |= xmlTextWriterStartElement(w->writer, BAD_CAST "martifHeader");
	rc |= xmlTextWriterStartElement(w->writer, BAD_CAST "fileDesc");
	rc |= xmlTextWriterStartElement(w->writer, BAD_CAST "titleStmt");
	rc |= xmlTextWriterWriteElement(w->writer, BAD_CAST "title", BAD_CAST "shuyu termbase");
	rc |= xmlTextWriterEndElement(w->writer);
	rc |= xmlTextWriterStartElement(w->writer, BAD_CAST "sourceDesc");
	rc |= xmlTextWriterWriteElement(w->writer, BAD_CAST "p",
					BAD_CAST "Exported by shuyu " SY_VERSION);
	rc |= xmlTextWriterEndElement(w->writer);
	rc |= xmlTextWriterEndElement(w->writer); /* fileDesc */
	rc |= xmlTextWriterStartElement(w->writer, BAD_CAST "encodingDesc");
	rc |= xmlTextWriterStartElement(w->writer, BAD_CAST "p");
	rc |= xmlTextWriterWriteAttribute(w->writer, BAD_CAST "type", BAD_CAST "XCSURI");
	rc |= xmlTextWriterWriteString(w->writer, BAD_CAST "TBXBasicXCSV02.xcs");
	rc |= xmlTextWriterEndElement(w->writer);
	rc |= xmlTextWriterEndElement(w->writer); /* encodingDesc */
	rc |= xmlTextWriterEndElement(w->writer); /* martifHeader */
	rc |= xmlTextWriterStartElement(w->writer, BAD_CAST "text");
	rc |= xmlTextWriterStartElement(w->writer, BAD_CAST "body");
	*out = w;
	return check(w, rc, err);
}

static int element_with_type(xmlTextWriterPtr x, const char *name, const char *type, const char *text)
{
	int rc = 0;

	if (!text || !*text)
		return 0;
	rc |= xmlTextWriterStartElement(x, BAD_CAST name);
	if (type)
		rc |= xmlTextWriterWriteAttribute(x, BAD_CAST "type", BAD_CAST type);
	rc |= xmlTextWriterWriteString(x, BAD_CAST text);
	rc |= xmlTextWriterEndElement(x);
	return rc;
}

static const char *admin_status(const char *status)
{
	if (!strcmp(status, "preferred"))
		return "preferredTerm-admn-sts";
	if (!strcmp(status, "deprecated"))
		return "deprecatedTerm-admn-sts";
	return "admittedTerm-admn-sts";
}

int sy_tbx_write_concept(sy_tbx_writer *w, const sy_concept_row *c, sy_error *err)
{
	xmlTextWriterPtr x = w->writer;
	const char *langs[2] = {"zh", "en"};
	int rc = 0, l;
	size_t i;

	if (w->failed)
		return SY_EIO;
	rc |= xmlTextWriterStartElement(x, BAD_CAST "termEntry");
	rc |= xmlTextWriterWriteAttribute(x, BAD_CAST "id", BAD_CAST c->ref);
	rc |= element_with_type(x, "descrip", "subjectField", c->domain);
	rc |= element_with_type(x, "descrip", "definition", c->definition);
	rc |= element_with_type(x, "note", NULL, c->note);
	for (l = 0; l < 2; l++) {
		int open = 0;
		for (i = 0; i < c->n_terms; i++) {
			const sy_term_row *t = &c->terms[i];
			char *sources, *cursor, *symbol;
			if (strcmp(t->lang, langs[l]))
				continue;
			if (!open) {
				rc |= xmlTextWriterStartElement(x, BAD_CAST "langSet");
				rc |= xmlTextWriterWriteAttribute(x, BAD_CAST "xml:lang",
								  BAD_CAST(l ? "en" : "zh-CN"));
				open = 1;
			}
			rc |= xmlTextWriterStartElement(x, BAD_CAST "tig");
			rc |= element_with_type(x, "term", NULL, t->text);
			rc |= element_with_type(x, "termNote", "partOfSpeech", t->pos);
			rc |= element_with_type(x, "termNote", "administrativeStatus", admin_status(t->status));
			cursor = sources = strdup(t->sources);
			while (cursor && (symbol = strsep(&cursor, ";")) != NULL) {
				while (*symbol == ' ')
					symbol++;
				rc |= element_with_type(x, "admin", "source", symbol);
			}
			free(sources);
			if (!strcmp(t->status, "candidate"))
				rc |= element_with_type(x, "note", NULL, "candidate");
			rc |= element_with_type(x, "note", NULL, t->note);
			rc |= xmlTextWriterEndElement(x); /* tig */
		}
		if (open)
			rc |= xmlTextWriterEndElement(x); /* langSet */
	}
	rc |= xmlTextWriterEndElement(x); /* termEntry */
	return check(w, rc, err);
}

int sy_tbx_writer_close(sy_tbx_writer *w, sy_error *err)
{
	int rc = SY_OK;

	if (!w)
		return SY_OK;
	if (!w->failed)
		rc = check(w, xmlTextWriterEndDocument(w->writer), err);
	xmlFreeTextWriter(w->writer);
	free(w->path);
	free(w);
	return rc;
}

/* ---- OmegaT glossary and CSV --------------------------------------------------- */

/* Tabs and line breaks inside a field would break the line format. */
static void put_tsv_field(FILE *out, const char *s)
{
	for (; *s; s++)
		putc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, out);
}

size_t sy_glossary_write_tsv(FILE *out, const sy_concept_row *c)
{
	size_t i, k, lines = 0;

	for (i = 0; i < c->n_terms; i++) {
		const sy_term_row *zh = &c->terms[i];
		if (strcmp(zh->lang, "zh") || !strcmp(zh->status, "deprecated"))
			continue;
		for (k = 0; k < c->n_terms; k++) {
			const sy_term_row *en = &c->terms[k];
			if (strcmp(en->lang, "en") || !strcmp(en->status, "deprecated"))
				continue;
			put_tsv_field(out, zh->text);
			putc('\t', out);
			put_tsv_field(out, en->text);
			putc('\t', out);
			/* The comment OmegaT shows beside the entry. */
			fputs(en->status, out);
			if (c->domain[0]) {
				fputs("; ", out);
				put_tsv_field(out, c->domain);
			}
			if (en->note[0] || c->note[0]) {
				fputs("; ", out);
				put_tsv_field(out, en->note[0] ? en->note : c->note);
			}
			if (en->sources[0]) {
				fputs("; ", out);
				put_tsv_field(out, en->sources);
			}
			putc('\n', out);
			lines++;
		}
	}
	return lines;
}

static void put_csv_field(FILE *out, const char *s, int last)
{
	putc('"', out);
	for (; *s; s++) {
		if (*s == '"')
			putc('"', out);
		putc(*s, out);
	}
	putc('"', out);
	fputs(last ? "\r\n" : ",", out);
}

void sy_glossary_write_csv_header(FILE *out)
{
	fputs("concept,domain,definition,concept_note,lang,term,status,part_of_speech,pinyin,"
	      "term_note,sources\r\n",
	      out);
}

size_t sy_glossary_write_csv(FILE *out, const sy_concept_row *c)
{
	size_t i;

	for (i = 0; i < c->n_terms; i++) {
		const sy_term_row *t = &c->terms[i];
		put_csv_field(out, c->ref, 0);
		put_csv_field(out, c->domain, 0);
		put_csv_field(out, c->definition, 0);
		put_csv_field(out, c->note, 0);
		put_csv_field(out, t->lang, 0);
		put_csv_field(out, t->text, 0);
		put_csv_field(out, t->status, 0);
		put_csv_field(out, t->pos, 0);
		put_csv_field(out, t->pinyin, 0);
		put_csv_field(out, t->note, 0);
		put_csv_field(out, t->sources, 1);
	}
	return c->n_terms;
}
