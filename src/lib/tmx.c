/*
 * tmx.c - TMX 1.4b output through libxml2's xmlTextWriter. See
 * include/shuyu/tmx.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <libxml/xmlwriter.h>

#include "shuyu/tmx.h"
#include "shuyu/version.h"
#include "utf8.h"

struct sy_tmx_writer {
	xmlTextWriterPtr writer;
	char *path;
	const char *srclang;
	int failed;
	char *clean;
	size_t clean_cap;
};

/* XML 1.0 allows tab, LF, CR and everything from U+0020 on, less the
 * surrogates and U+FFFE/U+FFFF; anything else would make the file
 * unreadable, so it goes. */
static const char *xml_safe(sy_tmx_writer *w, const char *s)
{
	size_t len = strlen(s), i = 0, n = 0;

	for (i = 0; i < len; i++)
		if ((unsigned char)s[i] < 0x20 && s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
			break;
	if (i == len && !strstr(s, "\xEF\xBF\xBE") && !strstr(s, "\xEF\xBF\xBF"))
		return s;
	if (len + 1 > w->clean_cap) {
		char *p = realloc(w->clean, len + 1);
		if (!p)
			return "";
		w->clean = p;
		w->clean_cap = len + 1;
	}
	for (i = 0; i < len;) {
		size_t k = i;
		uint32_t c = utf8_next(s, len, &k);
		if ((c >= 0x20 || c == '\t' || c == '\n' || c == '\r') && c != 0xFFFE && c != 0xFFFF) {
			memcpy(w->clean + n, s + i, k - i);
			n += k - i;
		}
		i = k;
	}
	w->clean[n] = '\0';
	return w->clean;
}

static int check(sy_tmx_writer *w, int rc, sy_error *err)
{
	if (rc < 0 && !w->failed) {
		w->failed = 1;
		return sy_error_set(err, SY_EIO, "%s: cannot write the TMX file", w->path);
	}
	return w->failed ? SY_EIO : SY_OK;
}

int sy_tmx_writer_open(sy_tmx_writer **out, const char *path, const char *srclang, sy_error *err)
{
	sy_tmx_writer *w;
	char date[32];
	time_t now = time(NULL);
	struct tm tm;
	int rc = 0;

	*out = NULL;
	w = calloc(1, sizeof(*w));
	if (!w)
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	w->path = strdup(path && strcmp(path, "-") ? path : "(standard output)");
	w->srclang = srclang && !strcmp(srclang, "en") ? "en" : "zh-CN";
	w->writer = xmlNewTextWriterFilename(path && strcmp(path, "-") ? path : "-", 0);
	if (!w->writer || !w->path) {
		sy_error_set(err, SY_EIO, "%s: cannot create the file", w->path ? w->path : path);
		free(w->path);
		free(w);
		return SY_EIO;
	}
	gmtime_r(&now, &tm);
	strftime(date, sizeof(date), "%Y%m%dT%H%M%SZ", &tm);
	xmlTextWriterSetIndent(w->writer, 1);
	xmlTextWriterSetIndentString(w->writer, BAD_CAST "  ");
	rc |= xmlTextWriterStartDocument(w->writer, "1.0", "UTF-8", NULL);
	rc |= xmlTextWriterWriteDTD(w->writer, BAD_CAST "tmx", NULL, BAD_CAST "tmx14.dtd", NULL);
	rc |= xmlTextWriterStartElement(w->writer, BAD_CAST "tmx");
	rc |= xmlTextWriterWriteAttribute(w->writer, BAD_CAST "version", BAD_CAST "1.4");
	rc |= xmlTextWriterStartElement(w->writer, BAD_CAST "header");
	rc |= xmlTextWriterWriteAttribute(w->writer, BAD_CAST "creationtool", BAD_CAST "shuyu");
	rc |= xmlTextWriterWriteAttribute(w->writer, BAD_CAST "creationtoolversion", BAD_CAST SY_VERSION);
	rc |= xmlTextWriterWriteAttribute(w->writer, BAD_CAST "segtype", BAD_CAST "sentence");
	rc |= xmlTextWriterWriteAttribute(w->writer, BAD_CAST "o-tmf", BAD_CAST "shuyu");
	rc |= xmlTextWriterWriteAttribute(w->writer, BAD_CAST "adminlang", BAD_CAST "en");
	rc |= xmlTextWriterWriteAttribute(w->writer, BAD_CAST "srclang", BAD_CAST w->srclang);
	rc |= xmlTextWriterWriteAttribute(w->writer, BAD_CAST "datatype", BAD_CAST "plaintext");
	rc |= xmlTextWriterWriteAttribute(w->writer, BAD_CAST "creationdate", BAD_CAST date);
	rc |= xmlTextWriterEndElement(w->writer);
	rc |= xmlTextWriterStartElement(w->writer, BAD_CAST "body");
	*out = w;
	return check(w, rc, err);
}

static int write_prop(sy_tmx_writer *w, const char *type, const char *value)
{
	int rc = 0;

	if (!value || !*value)
		return 0;
	rc |= xmlTextWriterStartElement(w->writer, BAD_CAST "prop");
	rc |= xmlTextWriterWriteAttribute(w->writer, BAD_CAST "type", BAD_CAST type);
	rc |= xmlTextWriterWriteString(w->writer, BAD_CAST xml_safe(w, value));
	rc |= xmlTextWriterEndElement(w->writer);
	return rc;
}

/* Props and notes kept from an imported TMX, given back as they came. */
static int write_props(sy_tmx_writer *w, const char *props)
{
	int rc = 0;

	while (props && *props) {
		const char *tab = strchr(props, '\t'), *nl = strchr(props, '\n');
		char *type, *value;
		if (!nl)
			nl = props + strlen(props);
		if (!tab || tab > nl)
			break;
		type = strndup(props, (size_t)(tab - props));
		value = strndup(tab + 1, (size_t)(nl - tab - 1));
		if (type && value && !strcmp(type, "note")) {
			rc |= xmlTextWriterStartElement(w->writer, BAD_CAST "note");
			rc |= xmlTextWriterWriteString(w->writer, BAD_CAST xml_safe(w, value));
			rc |= xmlTextWriterEndElement(w->writer);
		} else if (type && value) {
			rc |= write_prop(w, type, value);
		}
		free(type);
		free(value);
		props = *nl ? nl + 1 : nl;
	}
	return rc;
}

static int write_tuv(sy_tmx_writer *w, const char *lang, const char *text)
{
	int rc = 0;

	rc |= xmlTextWriterStartElement(w->writer, BAD_CAST "tuv");
	rc |= xmlTextWriterWriteAttribute(w->writer, BAD_CAST "xml:lang", BAD_CAST lang);
	rc |= xmlTextWriterStartElement(w->writer, BAD_CAST "seg");
	rc |= xmlTextWriterWriteString(w->writer, BAD_CAST xml_safe(w, text));
	rc |= xmlTextWriterEndElement(w->writer);
	rc |= xmlTextWriterEndElement(w->writer);
	return rc;
}

int sy_tmx_write_unit(sy_tmx_writer *w, const sy_tmx_unit *u, sy_error *err)
{
	char number[64];
	int rc = 0;

	if (w->failed)
		return SY_EIO;
	rc |= xmlTextWriterStartElement(w->writer, BAD_CAST "tu");
	rc |= write_prop(w, "x-document", u->document);
	if (u->position >= 0) {
		snprintf(number, sizeof(number), "%ld", u->position);
		rc |= write_prop(w, "x-position", number);
	}
	rc |= write_prop(w, "x-paragraph", u->paragraph);
	rc |= write_props(w, u->props);
	if (u->has_score) {
		snprintf(number, sizeof(number), "%.3f", u->score);
		rc |= write_prop(w, "x-score", number);
	}
	/* The source language's <tuv> first, as CAT tools expect. */
	if (!strcmp(w->srclang, "en")) {
		rc |= write_tuv(w, "en", u->en ? u->en : "");
		rc |= write_tuv(w, "zh-CN", u->zh ? u->zh : "");
	} else {
		rc |= write_tuv(w, "zh-CN", u->zh ? u->zh : "");
		rc |= write_tuv(w, "en", u->en ? u->en : "");
	}
	rc |= xmlTextWriterEndElement(w->writer);
	return check(w, rc, err);
}

int sy_tmx_writer_close(sy_tmx_writer *w, sy_error *err)
{
	int rc = SY_OK;

	if (!w)
		return SY_OK;
	if (!w->failed) {
		int x = xmlTextWriterEndDocument(w->writer); /* closes body and tmx */
		rc = check(w, x, err);
	}
	xmlFreeTextWriter(w->writer); /* flushes and closes the file */
	free(w->clean);
	free(w->path);
	free(w);
	return rc;
}
