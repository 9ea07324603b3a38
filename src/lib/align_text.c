/*
 * align_text.c - sentences into word types and anchors for the aligner.
 * See align_text.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/ustring.h>

#include "align_text.h"
#include "utf8.h"

/* ---- vocabulary ------------------------------------------------------------ */

static uint64_t hash_bytes(const char *s, size_t len)
{
	uint64_t h = 1469598103934665603ULL; /* FNV-1a */
	size_t i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ULL;
	}
	return h;
}

static int vocab_grow(align_vocab *v)
{
	size_t n = v->n_slots ? v->n_slots * 2 : 1024, i;
	uint32_t *slots = calloc(n, sizeof *slots);

	if (!slots)
		return -1;
	for (i = 0; i < v->count; i++) {
		size_t k = hash_bytes(v->words[i], strlen(v->words[i])) & (n - 1);
		while (slots[k])
			k = (k + 1) & (n - 1);
		slots[k] = (uint32_t)i + 1;
	}
	free(v->slots);
	v->slots = slots;
	v->n_slots = n;
	return 0;
}

long align_vocab_find(const align_vocab *v, const char *word, size_t len)
{
	size_t k;

	if (!v->n_slots)
		return -1;
	for (k = hash_bytes(word, len) & (v->n_slots - 1); v->slots[k]; k = (k + 1) & (v->n_slots - 1)) {
		const char *w = v->words[v->slots[k] - 1];
		if (!strncmp(w, word, len) && w[len] == '\0')
			return (long)v->slots[k] - 1;
	}
	return -1;
}

int align_vocab_add(align_vocab *v, const char *word, size_t len, uint32_t *id)
{
	long found = align_vocab_find(v, word, len);
	size_t k;
	char *copy;

	if (found >= 0) {
		*id = (uint32_t)found;
		return 0;
	}
	if (2 * (v->count + 1) > v->n_slots && vocab_grow(v))
		return -1;
	if (v->count == v->cap) {
		size_t cap = v->cap ? v->cap * 2 : 256;
		char **words = realloc(v->words, cap * sizeof *words);
		if (!words)
			return -1;
		v->words = words;
		v->cap = cap;
	}
	copy = malloc(len + 1);
	if (!copy)
		return -1;
	memcpy(copy, word, len);
	copy[len] = '\0';
	for (k = hash_bytes(word, len) & (v->n_slots - 1); v->slots[k]; k = (k + 1) & (v->n_slots - 1))
		;
	v->slots[k] = (uint32_t)v->count + 1;
	v->words[v->count] = copy;
	*id = (uint32_t)v->count++;
	return 0;
}

void align_vocab_free(align_vocab *v)
{
	size_t i;

	for (i = 0; i < v->count; i++)
		free(v->words[i]);
	free(v->words);
	free(v->slots);
	memset(v, 0, sizeof *v);
}

/*
 * Function words: they carry no evidence of which sentence translates which
 * (every sentence has them), and leaving them out makes the aligner faster.
 * A general list for English; nothing here is chosen for any one text.
 */
static const char *const stop_words[] = {
	"a", "about", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
	"as", "at", "be", "because", "been", "before", "being", "between", "both", "but", "by",
	"can", "could", "did", "do", "does", "doing", "during", "each", "either", "for", "from",
	"further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him",
	"himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "may",
	"me", "might", "more", "most", "must", "my", "myself", "neither", "no", "nor", "not", "of",
	"off", "on", "once", "one's", "only", "or", "other", "our", "ours", "ourselves", "out",
	"over", "own", "same", "sb", "shall", "she", "should", "so", "some", "sth", "such", "than",
	"that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they",
	"this", "those", "through", "to", "too", "under", "until", "up", "upon", "very", "was",
	"we", "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose",
	"why", "will", "with", "would", "you", "your", "yours", "yourself", "yourselves",
	"etc", "e.g", "i.e", "s",
};

int align_stopwords(align_vocab *stop)
{
	size_t i;
	uint32_t id;

	memset(stop, 0, sizeof *stop);
	for (i = 0; i < sizeof stop_words / sizeof stop_words[0]; i++)
		if (align_vocab_add(stop, stop_words[i], strlen(stop_words[i]), &id))
			return -1;
	return 0;
}

/* ---- English words and anchors ---------------------------------------------- */

static int is_ascii_alnum(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static int is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/* Letters of words: ASCII, and the Latin letters with diacritics. */
static int is_letter(uint32_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

static uint32_t lower(uint32_t c)
{
	if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7))
		return c + 0x20;
	return c;
}

static size_t put_utf8(char *out, uint32_t c)
{
	if (c < 0x80) {
		out[0] = (char)c;
		return 1;
	}
	if (c < 0x800) {
		out[0] = (char)(0xC0 | (c >> 6));
		out[1] = (char)(0x80 | (c & 0x3F));
		return 2;
	}
	out[0] = (char)(0xE0 | (c >> 12));
	out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
	out[2] = (char)(0x80 | (c & 0x3F));
	return 3;
}

#define WORD_MAX 64

/*
 * Walk Latin-script text: document symbols, numbers, words, question marks.
 * Words go through the stop list and, when lm is given, the lemmatizer.
 * A word longer than WORD_MAX bytes is no word a dictionary knows: skipped.
 */
static int latin_tokens(const char *s, size_t len, sy_lemmatizer *lm, const align_vocab *stop,
			align_word_fn fn, void *userdata)
{
	char buf[WORD_MAX + 8];
	size_t i = 0;
	int rc;

	while (i < len) {
		unsigned char c = (unsigned char)s[i];
		size_t j, n;

		if (is_ascii_alnum(c)) {
			/* A document symbol: letters, digits and at least one slash
			 * (A/RES/70/237, S/2021/621); kept whole. */
			int slash = 0, digit = 0, alpha = 0;
			for (j = i; j < len && (is_ascii_alnum((unsigned char)s[j]) || s[j] == '/' ||
						s[j] == '.' || s[j] == '-');
			     j++) {
				slash |= s[j] == '/';
				digit |= is_digit((unsigned char)s[j]);
				alpha |= !is_digit((unsigned char)s[j]) && is_ascii_alnum((unsigned char)s[j]);
			}
			while (j > i && (s[j - 1] == '.' || s[j - 1] == '-' || s[j - 1] == '/'))
				j--;
			if (slash && digit && alpha && j - i < WORD_MAX) {
				buf[0] = '#';
				for (n = 0; n < j - i; n++)
					buf[n + 1] = (char)lower((unsigned char)s[i + n]);
				if ((rc = fn(buf, j - i + 1, userdata)))
					return rc;
				i = j;
				continue;
			}
		}
		if (is_digit(c)) {
			/* A number: 1,000 and 1000 are the same; leading zeros go. */
			n = 0;
			buf[n++] = '#';
			for (j = i; j < len; j++) {
				if (is_digit((unsigned char)s[j])) {
					if (n == 1 && s[j] == '0' && j + 1 < len && is_digit((unsigned char)s[j + 1]))
						continue;
					if (n < WORD_MAX)
						buf[n++] = s[j];
				} else if (s[j] == ',' && j + 3 < len && is_digit((unsigned char)s[j + 1]) &&
					   is_digit((unsigned char)s[j + 2]) && is_digit((unsigned char)s[j + 3]) &&
					   (j + 4 >= len || !is_digit((unsigned char)s[j + 4]))) {
					continue;
				} else if (s[j] == '.' && j + 1 < len && is_digit((unsigned char)s[j + 1]) &&
					   n < WORD_MAX) {
					buf[n++] = '.';
				} else {
					break;
				}
			}
			if ((rc = fn(buf, n, userdata)))
				return rc;
			i = j;
			continue;
		}
		{
			size_t k = i;
			uint32_t cp = utf8_next(s, len, &k);

			if (is_letter(cp)) {
				size_t start = i, end;
				n = 0;
				j = i;
				for (;;) {
					size_t at = j;
					uint32_t d;
					if (j >= len)
						break;
					d = utf8_next(s, len, &j);
					if (is_letter(d)) {
						if (n + 3 < WORD_MAX)
							n += put_utf8(buf + n, lower(d));
						else
							n = WORD_MAX + 1; /* too long: marked */
						continue;
					}
					if (d == '\'' || d == 0x2019) {
						/* Inside a word (don't) the apostrophe stays; a
						 * possessive 's goes. */
						size_t after = j;
						uint32_t e = after < len ? utf8_next(s, len, &after) : 0;
						if (is_letter(e) && !((e == 's' || e == 'S') &&
								      (after >= len || !is_letter((unsigned char)s[after])))) {
							if (n + 1 < WORD_MAX)
								buf[n++] = '\'';
							continue;
						}
					}
					j = at;
					break;
				}
				end = j;
				if (end == start) /* cannot happen: cp is a letter */
					end = k;
				i = end;
				if (n > WORD_MAX || n == 0)
					continue;
				if (stop && align_vocab_find(stop, buf, n) >= 0)
					continue;
				if (lm) {
					const char *lemma = sy_lemma(lm, buf, n);
					if (lemma && *lemma && strcmp(lemma, buf) != 0) {
						if (stop && align_vocab_find(stop, lemma, strlen(lemma)) >= 0)
							continue;
						if ((rc = fn(lemma, strlen(lemma), userdata)))
							return rc;
						continue;
					}
				}
				if ((rc = fn(buf, n, userdata)))
					return rc;
				continue;
			}
			if (cp == '?' || cp == 0xFF1F) {
				if ((rc = fn("#?", 2, userdata)))
					return rc;
			}
			i = k;
		}
	}
	return 0;
}

int align_english_words(const char *text, size_t len, sy_lemmatizer *lm, const align_vocab *stop,
			align_word_fn fn, void *userdata)
{
	return latin_tokens(text, len, lm, stop, fn, userdata);
}

/* ---- building a side --------------------------------------------------------- */

typedef struct collector {
	align_side *side;
	uint32_t *ids;
	size_t n, cap;
	int failed;
} collector;

static int collect_word(const char *word, size_t len, void *userdata)
{
	collector *c = userdata;
	uint32_t id;

	if (align_vocab_add(&c->side->vocab, word, len, &id))
		return -1;
	if (c->n == c->cap) {
		size_t cap = c->cap ? c->cap * 2 : 256;
		uint32_t *ids = realloc(c->ids, cap * sizeof *ids);
		if (!ids)
			return -1;
		c->ids = ids;
		c->cap = cap;
	}
	c->ids[c->n++] = id;
	return 0;
}

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return x < y ? -1 : x > y;
}

static double count_chars(const char *s, size_t len, double *latin)
{
	size_t i = 0;
	double n = 0;

	*latin = 0;
	while (i < len) {
		uint32_t c = utf8_next(s, len, &i);
		if (is_space(c))
			continue;
		n++;
		if (c < 0x80 && is_ascii_alnum((unsigned char)c))
			*latin += 1;
	}
	return n;
}

/* The collected ids of one sentence become its sorted (type, count) list. */
static int close_sentence(collector *c, size_t index, const char *text, size_t text_len)
{
	align_side *side = c->side;
	size_t k, distinct = 0;

	qsort(c->ids, c->n, sizeof *c->ids, cmp_u32);
	for (k = 0; k < c->n; k++)
		distinct += k == 0 || c->ids[k] != c->ids[k - 1];
	if (side->n_feats + distinct > side->cap_feats) {
		size_t cap = side->cap_feats ? side->cap_feats : 1024;
		align_feat *feats;
		while (cap < side->n_feats + distinct)
			cap *= 2;
		feats = realloc(side->feats, cap * sizeof *feats);
		if (!feats)
			return -1;
		side->feats = feats;
		side->cap_feats = cap;
	}
	for (k = 0; k < c->n; k++) {
		if (k == 0 || c->ids[k] != c->ids[k - 1]) {
			side->feats[side->n_feats].type = c->ids[k];
			side->feats[side->n_feats].count = 0;
			side->n_feats++;
		}
		side->feats[side->n_feats - 1].count++;
	}
	side->first[index + 1] = side->n_feats;
	side->ntok[index] = (uint32_t)c->n;
	side->len[index] = count_chars(text, text_len, &side->latin[index]);
	if (distinct > side->max_feats)
		side->max_feats = distinct;
	c->n = 0;
	return 0;
}

/* Heading, item and paragraph numbers: 5, V, 五, (e) all become a value. */
static long numeral_value(const char *s)
{
	static const char *const zh_digits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
	long v = 0, section = 0;
	size_t i, k;

	if (is_digit((unsigned char)*s)) {
		for (; is_digit((unsigned char)*s) && v < 1000000; s++)
			v = v * 10 + (*s - '0');
		return *s == '\0' || *s == '.' ? v : -1;
	}
	if (strchr("IVXLCivxlc", *s) && *s) {
		static const char roman[] = "IVXLC";
		static const int values[] = {1, 5, 10, 50, 100};
		int prev = 0;
		for (i = strlen(s); i-- > 0;) {
			const char *p = strchr(roman, s[i] & ~0x20);
			int val;
			if (!p || !*p)
				return -1;
			val = values[p - roman];
			v += val < prev ? -val : val;
			if (val > prev)
				prev = val;
		}
		return v;
	}
	for (i = 0; s[i];) {
		int found = 0;
		for (k = 0; k < 10; k++)
			if (!strncmp(s + i, zh_digits[k], 3)) {
				section = (long)k;
				found = 1;
				break;
			}
		if (!found && !strncmp(s + i, "十", 3)) {
			v += (section ? section : 1) * 10;
			section = 0;
			found = 1;
		}
		if (!found && !strncmp(s + i, "百", 3)) {
			v += (section ? section : 1) * 100;
			section = 0;
			found = 1;
		}
		if (!found)
			return -1;
		i += 3;
	}
	return i ? v + section : -1;
}

/* The anchor of a block's number, given to the block's first sentence. */
static int structure_anchor(const sy_sentence_rec *rec, collector *c)
{
	char key[64], inner[32];
	size_t n = 0, i;
	long v;
	const char *kind;

	if (!rec->number[0])
		return 0;
	for (i = 0; rec->number[i] && n + 1 < sizeof inner; i++)
		if (!strchr("()（）.", rec->number[i]))
			inner[n++] = rec->number[i];
	inner[n] = '\0';
	switch (rec->kind) {
	case SY_BLOCK_PARAGRAPH:
		kind = "p";
		break;
	case SY_BLOCK_HEADING:
		kind = "h";
		break;
	case SY_BLOCK_ITEM:
		kind = "i";
		break;
	case SY_BLOCK_FOOTNOTE:
		kind = "f";
		break;
	default:
		return 0;
	}
	/* A list item (a) stays a letter; other numbers become values, so
	 * that 一 meets I and 1 meets 1. */
	v = rec->kind == SY_BLOCK_ITEM && inner[0] && !is_digit((unsigned char)inner[0]) && inner[1] == '\0'
		    ? -1
		    : numeral_value(inner);
	if (v >= 0)
		n = (size_t)snprintf(key, sizeof key, "#%s:%ld", kind, v);
	else {
		for (i = 0; inner[i]; i++)
			inner[i] = (char)lower((unsigned char)inner[i]);
		n = (size_t)snprintf(key, sizeof key, "#%s:%s", kind, inner);
	}
	return collect_word(key, n < sizeof key ? n : sizeof key - 1, c);
}

static int side_init(align_side *side, size_t n)
{
	memset(side, 0, sizeof *side);
	side->n = n;
	side->first = calloc(n + 1, sizeof *side->first);
	side->ntok = calloc(n + 1, sizeof *side->ntok);
	side->len = calloc(n + 1, sizeof *side->len);
	side->latin = calloc(n + 1, sizeof *side->latin);
	return side->first && side->ntok && side->len && side->latin ? 0 : -1;
}

/* Unigram statistics, once every sentence is in. */
static int side_finish(align_side *side)
{
	size_t i, k, total = 0, types = side->vocab.count;
	uint32_t *counts = calloc(types + 1, sizeof *counts);

	side->inv_p = calloc(types + 1, sizeof *side->inv_p);
	side->df = calloc(types + 1, sizeof *side->df);
	if (!counts || !side->inv_p || !side->df) {
		free(counts);
		return -1;
	}
	for (i = 0; i < side->n; i++)
		for (k = side->first[i]; k < side->first[i + 1]; k++) {
			counts[side->feats[k].type] += side->feats[k].count;
			side->df[side->feats[k].type]++;
			total += side->feats[k].count;
		}
	for (k = 0; k < types; k++)
		side->inv_p[k] = counts[k] ? (double)total / counts[k] : 0;
	free(counts);
	return 0;
}

int align_side_english(align_side *side, const sy_sentence_list *list, sy_lemmatizer *lm,
		       const align_vocab *stop)
{
	collector c = {side, NULL, 0, 0, 0};
	size_t i;
	int rc = 0;

	if (side_init(side, list->count))
		return -1;
	for (i = 0; i < list->count && !rc; i++) {
		const sy_sentence_rec *rec = &list->items[i];
		if (i == 0 || rec->block_id != list->items[i - 1].block_id)
			rc = structure_anchor(rec, &c);
		if (!rc)
			rc = latin_tokens(rec->text, rec->len, lm, stop, collect_word, &c);
		if (!rc)
			rc = close_sentence(&c, i, rec->text, rec->len);
	}
	free(c.ids);
	if (!rc)
		rc = side_finish(side);
	return rc ? -1 : 0;
}

/* Words of a run of Han characters, by ICU's dictionary-based word break. */
static int han_words(UBreakIterator *bi, const char *s, size_t len, UChar **u16, size_t *u16_cap,
		     collector *c)
{
	UErrorCode status = U_ZERO_ERROR;
	int32_t u16_len, prev, next;
	size_t byte = 0, unit = 0;

	if (len * 2 + 2 > *u16_cap) {
		UChar *p = realloc(*u16, (len * 2 + 2) * sizeof *p);
		if (!p)
			return -1;
		*u16 = p;
		*u16_cap = len * 2 + 2;
	}
	u_strFromUTF8(*u16, (int32_t)*u16_cap, &u16_len, s, (int32_t)len, &status);
	if (U_FAILURE(status))
		return 0; /* not expected of decoded text; the run just adds no words */
	ubrk_setText(bi, *u16, u16_len, &status);
	if (U_FAILURE(status))
		return 0;
	prev = ubrk_first(bi);
	while ((next = ubrk_next(bi)) != UBRK_DONE) {
		size_t start = byte;
		/* Han characters are 3 UTF-8 bytes in the BMP (1 UTF-16 unit)
		 * and 4 beyond it (2 units): walk both in step. */
		while ((int32_t)unit < next && byte < len) {
			size_t b = byte;
			uint32_t cp = utf8_next(s, len, &b);
			unit += cp >= 0x10000 ? 2 : 1;
			byte = b;
		}
		if (byte > start && collect_word(s + start, byte - start, c))
			return -1;
		prev = next;
	}
	(void)prev;
	return 0;
}

/* Full-width ASCII (Ａ１／？) as ASCII, so that numbers and symbols in
 * Chinese text meet their English counterparts. */
static size_t halfwidth(const char *s, size_t len, char *out)
{
	size_t i = 0, n = 0;

	while (i < len) {
		size_t at = i;
		uint32_t cp = utf8_next(s, len, &i);
		if (cp >= 0xFF01 && cp <= 0xFF5E) {
			out[n++] = (char)(cp - 0xFF01 + 0x21);
		} else {
			memcpy(out + n, s + at, i - at);
			n += i - at;
		}
	}
	return n;
}

int align_side_chinese(align_side *side, const sy_sentence_list *list, const align_vocab *stop,
		       char *const *terms, size_t n_terms)
{
	collector c = {side, NULL, 0, 0, 0};
	UErrorCode status = U_ZERO_ERROR;
	UBreakIterator *bi;
	UChar *u16 = NULL;
	size_t u16_cap = 0, buf_cap = 0, i, t;
	char *buf = NULL;
	int rc = 0;

	if (side_init(side, list->count))
		return -1;
	bi = ubrk_open(UBRK_WORD, "zh", NULL, 0, &status);
	if (U_FAILURE(status))
		return -1;
	for (i = 0; i < list->count && !rc; i++) {
		const sy_sentence_rec *rec = &list->items[i];
		size_t len, p = 0;

		if (rec->len + 1 > buf_cap) {
			char *nb = realloc(buf, rec->len + 1);
			if (!nb) {
				rc = -1;
				break;
			}
			buf = nb;
			buf_cap = rec->len + 1;
		}
		len = halfwidth(rec->text, rec->len, buf);
		if (i == 0 || rec->block_id != list->items[i - 1].block_id)
			rc = structure_anchor(rec, &c);
		while (p < len && !rc) {
			size_t q = p, end;
			int han = is_han(utf8_next(buf, len, &q));
			/* A run of Han characters, or of anything else. */
			for (end = p; end < len;) {
				size_t r = end;
				if (is_han(utf8_next(buf, len, &r)) != han)
					break;
				end = r;
			}
			rc = han ? han_words(bi, buf + p, end - p, &u16, &u16_cap, &c)
				 : latin_tokens(buf + p, end - p, NULL, stop, collect_word, &c);
			p = end;
		}
		for (t = 0; t < n_terms && !rc; t++) {
			char key[256];
			int n;
			if (!strstr(rec->text, terms[t]))
				continue;
			n = snprintf(key, sizeof key, "term:%s", terms[t]);
			if (n > 0 && (size_t)n < sizeof key)
				rc = collect_word(key, (size_t)n, &c);
		}
		if (!rc)
			rc = close_sentence(&c, i, rec->text, rec->len);
	}
	ubrk_close(bi);
	free(u16);
	free(buf);
	free(c.ids);
	if (!rc)
		rc = side_finish(side);
	return rc ? -1 : 0;
}

void align_side_free(align_side *side)
{
	free(side->first);
	free(side->feats);
	free(side->ntok);
	free(side->len);
	free(side->latin);
	free(side->inv_p);
	free(side->df);
	align_vocab_free(&side->vocab);
	memset(side, 0, sizeof *side);
}
