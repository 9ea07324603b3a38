/*
 * structure.c - decoded lines to blocks. See include/shuyu/structure.h.
 *
 * Lines arrive one at a time. Consecutive non-blank lines form a group; a
 * blank line, a form feed, or a line that opens a new element (a paragraph
 * number, a list marker, a heading number, a footnote) ends the group. A
 * group is then either hard-wrapped prose, joined into one block, or a run of
 * separate lines (a letterhead, a one-sentence-per-line file), one block each.
 * The last block is held back until the next one shows whether a page break
 * cut it in two.
 */
#include <stdlib.h>
#include <string.h>

#include "shuyu/structure.h"
#include "utf8.h"
#include "util.h"

/* A group longer than this is decided on what has been seen, so that a file
 * with no blank lines streams instead of piling up in memory. */
#define GROUP_MAX_LINES 256
/* Hard-wrapped text is wrapped at a fixed width, somewhere in this range. */
#define WRAP_MIN_COLUMNS 40
#define WRAP_MAX_COLUMNS 110

typedef struct marker {
	sy_block_kind kind;
	int present;
	char number[32];
	size_t skip; /* bytes of the line taken by the marker and the space after it */
} marker;

typedef struct line_rec {
	size_t buf_offset, len;   /* the trimmed line, in group_buf */
	size_t source_offset;     /* where the trimmed line starts in the decoded text */
	int width;
	int indented;
	marker mark;
} line_rec;

typedef struct block_buf {
	char *text;
	size_t len, cap;
	sy_block_piece *pieces;
	size_t n_pieces, pieces_cap;
	size_t *breaks;
	size_t n_breaks, breaks_cap;
	sy_block_kind kind;
	int marked;
	char number[32];
	size_t start, end;
} block_buf;

struct sy_structure {
	sy_block_fn fn;
	void *userdata;
	char *group_buf;
	size_t group_len, group_cap;
	line_rec *lines;
	size_t n_lines, lines_cap;
	block_buf pending, built;
	int has_pending;
	size_t next_id;
};

const char *sy_block_kind_name(sy_block_kind kind)
{
	switch (kind) {
	case SY_BLOCK_HEADING:
		return "heading";
	case SY_BLOCK_ITEM:
		return "item";
	case SY_BLOCK_FOOTNOTE:
		return "footnote";
	case SY_BLOCK_LINE:
		return "line";
	case SY_BLOCK_PARAGRAPH:
		break;
	}
	return "paragraph";
}

size_t sy_block_source_offset(const sy_block *block, size_t text_offset)
{
	size_t lo = 0, hi = block->n_pieces;

	if (!block->n_pieces)
		return block->start + text_offset;
	/* The last piece whose text_offset <= text_offset. */
	while (hi - lo > 1) {
		size_t mid = (lo + hi) / 2;
		if (block->pieces[mid].text_offset <= text_offset)
			lo = mid;
		else
			hi = mid;
	}
	return block->pieces[lo].source_offset + (text_offset - block->pieces[lo].text_offset);
}

/* ---- reading a line ------------------------------------------------------ */

static int is_superscript_digit(uint32_t c)
{
	return c == 0xB9 || c == 0xB2 || c == 0xB3 || c == 0x2070 || (c >= 0x2074 && c <= 0x2079);
}

static char superscript_value(uint32_t c)
{
	switch (c) {
	case 0xB9:
		return '1';
	case 0xB2:
		return '2';
	case 0xB3:
		return '3';
	case 0x2070:
		return '0';
	default:
		return (char)('0' + (c - 0x2070));
	}
}

static int is_closing(uint32_t c)
{
	return c == ')' || c == ']' || c == '"' || c == '\'' || c == 0x201D || c == 0x2019 ||
	       c == 0x300D || c == 0x300F || c == 0xFF09 || c == 0x3011 || c == 0x300B ||
	       c == 0x3009 || c == 0xFF3D || is_superscript_digit(c);
}

static int is_terminal(uint32_t c)
{
	return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == '.' || c == '!' || c == '?' ||
	       c == 0xFF0E || c == 0x2026 || c == 0xFF1B || c == 0xFF1A || c == ';' || c == ':';
}

/* Does the text end a sentence (final punctuation, perhaps inside quotes)? */
static int ends_terminal(const char *s, size_t len)
{
	size_t i = len;

	while (i > 0) {
		uint32_t c = utf8_prev(s, &i);
		if (is_space(c) || is_closing(c))
			continue;
		return is_terminal(c);
	}
	return 0;
}

/* Is there sentence-final punctuation inside the text, so that it reads as
 * prose rather than as a title or a letterhead line? Byte by byte: it runs
 * on every block, and 。！？ are recognizable from their UTF-8 bytes. */
static int has_sentence_end(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i;

	/* Most prose ends with a stop: then there is nothing to scan. */
	if (ends_terminal(str, len))
		return 1;
	for (i = 0; i + 2 < len; i++) {
		unsigned char c = s[i];
		if (c == 0xE3 && s[i + 1] == 0x80 && s[i + 2] == 0x82)
			return 1; /* 。 */
		if (c == 0xEF && s[i + 1] == 0xBC && (s[i + 2] == 0x81 || s[i + 2] == 0x9F))
			return 1; /* ！ ？ */
		if ((c == '.' || c == '!' || c == '?') && s[i + 1] == ' ' &&
		    ((s[i + 2] >= 'A' && s[i + 2] <= 'Z') || s[i + 2] >= 0xE0))
			return 1;
	}
	return 0;
}

/* Columns the line takes in a terminal, near enough to judge hard wrapping:
 * three- and four-byte UTF-8 characters from U+3000 on are counted wide. */
static int display_width(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	const uint64_t high = 0x8080808080808080ULL;
	size_t i = 0;
	int w = 0;

	/* Eight bytes a step: each byte that begins a character counts one,
	 * and each lead byte from 0xE3 on one more. In each byte's top bit:
	 * cont marks 10xxxxxx; wide marks 111xxxxx other than E0, E1 and E2
	 * (some of bits 4-2 set, or both of bits 1-0). Shifts carry bits into
	 * the next byte's low bits only, which the mask drops. */
	for (; i + 8 <= len; i += 8) {
		uint64_t x, cont, wide;
		memcpy(&x, s + i, 8);
		cont = x & ~(x << 1) & high;
		wide = x & (x << 1) & (x << 2) & ((x << 3) | (x << 4) | (x << 5) | ((x << 6) & (x << 7))) &
		       high;
		w += 8 - __builtin_popcountll(cont) + __builtin_popcountll(wide);
	}
	for (; i < len; i++) {
		unsigned char c = s[i];
		if ((c & 0xC0) != 0x80)
			w += 1 + (c >= 0xE3);
	}
	return w;
}

static int is_lower_latin(uint32_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7);
}

static int is_cn_numeral(uint32_t c)
{
	return c == 0x4E00 || c == 0x4E8C || c == 0x4E09 || c == 0x56DB || c == 0x4E94 ||
	       c == 0x516D || c == 0x4E03 || c == 0x516B || c == 0x4E5D || c == 0x5341 ||
	       c == 0x767E; /* 一二三四五六七八九十百 */
}

static int is_roman(char c)
{
	return c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C';
}

/* After a marker: spaces are skipped; with none, the text must go on in CJK
 * ("1.本次") or the marker is not a marker ("1.5 million"). Returns the
 * offset of the text, or 0 when this is not a marker. */
static size_t after_marker(const char *s, size_t len, size_t i, int need_space)
{
	size_t j = i;
	int spaces = 0;

	while (j < len) {
		size_t k = j;
		uint32_t c = utf8_next(s, len, &k);
		if (!is_space(c))
			break;
		j = k;
		spaces++;
	}
	if (j >= len)
		return 0;
	if (!spaces) {
		size_t k = j;
		uint32_t c = utf8_next(s, len, &k);
		if (need_space || !is_cjk(c))
			return 0;
	}
	return j;
}

static void set_number(marker *m, const char *s, size_t len)
{
	if (len >= sizeof(m->number))
		len = sizeof(m->number) - 1;
	memcpy(m->number, s, len);
	m->number[len] = '\0';
}

/* Find a paragraph number, list marker, heading number or footnote number at
 * the start of a trimmed line. */
static marker find_marker(const char *s, size_t len)
{
	marker m = {SY_BLOCK_PARAGRAPH, 0, "", 0};
	size_t i = 0, j, k;
	uint32_t c;

	if (!len)
		return m;

	/* Footnote text: ¹ A/65/201 ... */
	k = 0;
	c = utf8_next(s, len, &k);
	if (is_superscript_digit(c)) {
		char digits[16];
		size_t nd = 0;
		i = 0;
		while (i < len) {
			k = i;
			c = utf8_next(s, len, &k);
			if (!is_superscript_digit(c))
				break;
			if (nd < sizeof(digits) - 1)
				digits[nd++] = superscript_value(c);
			i = k;
		}
		j = after_marker(s, len, i, 0);
		if (!j && i < len)
			j = i; /* "¹A/65/201": no space needed after a superscript */
		if (j) {
			m.kind = SY_BLOCK_FOOTNOTE;
			m.present = 1;
			set_number(&m, digits, nd);
			m.skip = j;
		}
		return m;
	}

	/* Paragraph number: 5. or 5．, also 5.1. */
	if (s[0] >= '0' && s[0] <= '9') {
		i = 0;
		for (;;) {
			size_t d = 0;
			while (i < len && s[i] >= '0' && s[i] <= '9' && d < 4)
				i++, d++;
			if (!d || d > 3 || (i < len && s[i] >= '0' && s[i] <= '9'))
				return m;
			if (i + 1 < len && s[i] == '.' && s[i + 1] >= '0' && s[i + 1] <= '9') {
				i++;
				continue;
			}
			break;
		}
		{
			size_t num_end = i;
			if (i < len && s[i] == '.')
				i++;
			else if (i + 3 <= len && !memcmp(s + i, "\xEF\xBC\x8E", 3)) /* ． */
				i += 3;
			else
				return m;
			j = after_marker(s, len, i, 0);
			if (j) {
				m.kind = SY_BLOCK_PARAGRAPH;
				m.present = 1;
				set_number(&m, s, num_end);
				m.skip = j;
			}
		}
		return m;
	}

	/* List item: (a) (iv) (1) (一) （一） a) 1) and bullets. */
	if (s[0] == '(' || !strncmp(s, "\xEF\xBC\x88", 3)) {
		size_t open = s[0] == '(' ? 1 : 3, close;
		int n = 0, ok = 1;
		i = open;
		while (i < len && n < 6) {
			k = i;
			c = utf8_next(s, len, &k);
			if (c == ')' || c == 0xFF09)
				break;
			if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
			      is_cn_numeral(c)))
				ok = 0;
			i = k;
			n++;
		}
		if (!ok || !n || i >= len)
			return m;
		/* One capital letter or up to three lowercase or digits: "(a)", "(iv)",
		 * "(12)"; longer words in brackets are text, not markers. */
		if (n > 3 && !(s[open] == 'i' || s[open] == 'v' || s[open] == 'x'))
			return m;
		close = s[i] == ')' ? 1 : 3;
		j = after_marker(s, len, i + close, 0);
		if (j) {
			char num[32];
			size_t inner = i - open;
			if (inner > sizeof(num) - 3)
				return m;
			num[0] = '(';
			memcpy(num + 1, s + open, inner);
			num[1 + inner] = ')';
			m.kind = SY_BLOCK_ITEM;
			m.present = 1;
			set_number(&m, num, inner + 2);
			m.skip = j;
		}
		return m;
	}
	if (len > 2 && ((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= '0' && s[0] <= '9')) && s[1] == ')' &&
	    (j = after_marker(s, len, 2, 1))) {
		m.kind = SY_BLOCK_ITEM;
		m.present = 1;
		set_number(&m, s, 2);
		m.skip = j;
		return m;
	}
	k = 0;
	c = utf8_next(s, len, &k);
	if ((c == 0x2022 || c == 0x00B7 || c == 0x25AA || c == 0x25E6 || c == 0x2023 || c == 0x25CF ||
	     c == 0x25A0 || c == '-' || c == 0x2013 || c == '*') &&
	    (j = after_marker(s, len, k, 1))) {
		m.kind = SY_BLOCK_ITEM;
		m.present = 1;
		m.skip = j;
		return m;
	}

	/* Heading: 一. 目标, 三、背景, I. Objective, A. Background. */
	if (is_cn_numeral(c)) {
		i = 0;
		while (i < len) {
			k = i;
			c = utf8_next(s, len, &k);
			if (!is_cn_numeral(c))
				break;
			i = k;
		}
		k = i;
		c = i < len ? utf8_next(s, len, &k) : 0;
		if (c == '.' || c == 0xFF0E || c == 0x3001) {
			j = after_marker(s, len, k, 0);
			if (!j && k < len)
				j = k;
			if (j) {
				m.kind = SY_BLOCK_HEADING;
				m.present = 1;
				set_number(&m, s, i);
				m.skip = j;
			}
		}
		return m;
	}
	if (is_roman(s[0]) || (s[0] >= 'A' && s[0] <= 'Z')) {
		i = 0;
		while (i < len && is_roman(s[i]))
			i++;
		if (!i)
			i = 1; /* a single capital letter: "A. Background" */
		if (i < len && s[i] == '.' && (j = after_marker(s, len, i + 1, 1)) &&
		    !ends_terminal(s + j, len - j) && display_width(s + j, len - j) <= 100) {
			m.kind = SY_BLOCK_HEADING;
			m.present = 1;
			set_number(&m, s, i);
			m.skip = j;
		}
	}
	return m;
}

/* ---- building blocks ------------------------------------------------------ */

static void block_reset(block_buf *b)
{
	b->len = 0;
	b->n_pieces = 0;
	b->n_breaks = 0;
	b->kind = SY_BLOCK_PARAGRAPH;
	b->marked = 0;
	b->number[0] = '\0';
	b->start = b->end = 0;
	if (b->text)
		b->text[0] = '\0';
}

static void block_free(block_buf *b)
{
	free(b->text);
	free(b->pieces);
	free(b->breaks);
}

/* Append a stretch of text, joined to what is there by nothing (between CJK
 * characters, or after a hyphen) or by one space. */
static int block_append(block_buf *b, const char *s, size_t len, size_t source_offset)
{
	int joiner = 0;

	if (b->len && len) {
		size_t i = b->len, k = 0;
		uint32_t last = utf8_prev(b->text, &i);
		uint32_t first = utf8_next(s, len, &k);
		joiner = !((is_cjk(last) && is_cjk(first)) || (last == '-' && is_lower_latin(first)));
	}
	if (util_grow(&b->text, &b->cap, b->len + len + 2, 1) ||
	    util_grow(&b->pieces, &b->pieces_cap, b->n_pieces + 1, sizeof(*b->pieces)))
		return -1;
	if (joiner)
		b->text[b->len++] = ' ';
	b->pieces[b->n_pieces].text_offset = b->len;
	b->pieces[b->n_pieces].source_offset = source_offset;
	b->n_pieces++;
	memcpy(b->text + b->len, s, len);
	b->len += len;
	b->text[b->len] = '\0';
	return 0;
}

static int block_add_break(block_buf *b, size_t at)
{
	if (util_grow(&b->breaks, &b->breaks_cap, b->n_breaks + 1, sizeof(*b->breaks)))
		return -1;
	b->breaks[b->n_breaks++] = at;
	return 0;
}

/* Kind of a block that has no marker: prose, or a standalone line. */
static sy_block_kind unmarked_kind(const char *s, size_t len)
{
	return has_sentence_end(s, len) ? SY_BLOCK_PARAGRAPH : SY_BLOCK_LINE;
}

static int emit(sy_structure *st, block_buf *b, sy_error *err)
{
	sy_block block;
	int rc;

	block.id = st->next_id++;
	block.kind = b->kind;
	block.number = b->number;
	block.text = b->text ? b->text : "";
	block.text_len = b->len;
	block.start = b->start;
	block.end = b->end;
	block.breaks = b->breaks;
	block.n_breaks = b->n_breaks;
	block.pieces = b->pieces;
	block.n_pieces = b->n_pieces;
	rc = st->fn(&block, st->userdata);
	if (rc && err && err->code == SY_OK)
		sy_error_set(err, rc, "stopped");
	return rc;
}

/* Does block b continue pending block a across a page break? */
static int continues(const block_buf *a, const block_buf *b)
{
	size_t i, k = 0;
	uint32_t last, first;

	if (b->marked || !a->len || !b->len || ends_terminal(a->text, a->len))
		return 0;
	if (a->kind != SY_BLOCK_PARAGRAPH && a->kind != SY_BLOCK_ITEM && a->kind != SY_BLOCK_LINE)
		return 0;
	i = a->len;
	last = utf8_prev(a->text, &i);
	first = utf8_next(b->text, b->len, &k);
	if (is_lower_latin(first))
		return 1;
	/* A Chinese paragraph cut mid-sentence: the cut part is prose (it has
	 * a sentence end earlier, or a number), and the text goes on in Chinese. */
	if (a->kind == SY_BLOCK_LINE)
		return 0;
	return is_cjk(last) && is_cjk(first) && first != 0x3000 && first != 0x201C &&
	       first != 0x300C && first != 0x300E;
}

static int take_block(sy_structure *st, sy_error *err)
{
	block_buf tmp;
	size_t i, base;

	if (st->has_pending && continues(&st->pending, &st->built)) {
		block_buf *a = &st->pending, *b = &st->built;
		size_t before = a->len;
		for (i = 0; i < b->n_pieces; i++) {
			size_t end = i + 1 < b->n_pieces ? b->pieces[i + 1].text_offset : b->len;
			size_t from = b->pieces[i].text_offset;
			/* Pieces inside b were joined with their own joiners; re-append
			 * piece by piece so the offsets stay exact. */
			while (end > from && b->text[end - 1] == ' ' && i + 1 < b->n_pieces)
				end--;
			if (block_append(a, b->text + from, end - from, b->pieces[i].source_offset))
				return sy_error_set(err, SY_ENOMEM, "out of memory");
		}
		base = a->len - b->len;
		(void)before;
		for (i = 0; i < b->n_breaks; i++)
			if (block_add_break(a, b->breaks[i] + base))
				return sy_error_set(err, SY_ENOMEM, "out of memory");
		a->end = b->end;
		if (a->kind == SY_BLOCK_LINE)
			a->kind = SY_BLOCK_PARAGRAPH;
		block_reset(b);
		return SY_OK;
	}
	if (st->has_pending) {
		int rc = emit(st, &st->pending, err);
		if (rc)
			return rc;
	}
	tmp = st->pending;
	st->pending = st->built;
	st->built = tmp;
	block_reset(&st->built);
	st->has_pending = 1;
	return SY_OK;
}

/* Turn lines[from..to) of the group into one block. */
static int make_block(sy_structure *st, size_t from, size_t to, sy_error *err)
{
	block_buf *b = &st->built;
	const line_rec *first = &st->lines[from];
	size_t i;

	block_reset(b);
	b->start = first->source_offset;
	for (i = from; i < to; i++) {
		const line_rec *l = &st->lines[i];
		size_t skip = i == from ? first->mark.skip : 0;
		const char *s = st->group_buf + l->buf_offset + skip;
		size_t n = l->len - skip;

		if (block_append(b, s, n, l->source_offset + skip))
			return sy_error_set(err, SY_ENOMEM, "out of memory");
		/* A Chinese line ending in ； or ： ends a sentence there. */
		if (i + 1 < to && n >= 3 &&
		    (!memcmp(s + n - 3, "\xEF\xBC\x9B", 3) || !memcmp(s + n - 3, "\xEF\xBC\x9A", 3)))
			if (block_add_break(b, b->len))
				return sy_error_set(err, SY_ENOMEM, "out of memory");
		b->end = l->source_offset + l->len;
	}
	if (first->mark.present) {
		b->marked = 1;
		b->kind = first->mark.kind;
		memcpy(b->number, first->mark.number, sizeof(b->number));
	} else {
		b->kind = unmarked_kind(b->text, b->len);
	}
	return take_block(st, err);
}

static int is_wrapped(const sy_structure *st)
{
	size_t n = st->n_lines, i, wide = 0, open = 0;
	int max = 0;

	if (n < 2)
		return 0;
	for (i = 0; i < n; i++)
		if (st->lines[i].width > max)
			max = st->lines[i].width;
	if (max < WRAP_MIN_COLUMNS || max > WRAP_MAX_COLUMNS)
		return 0;
	for (i = 0; i + 1 < n; i++) {
		const line_rec *l = &st->lines[i];
		if (l->width * 10 >= max * 6)
			wide++;
		if (!ends_terminal(st->group_buf + l->buf_offset, l->len))
			open++;
	}
	return wide * 4 >= (n - 1) * 3 && open > 0;
}

static int flush_group(sy_structure *st, sy_error *err)
{
	size_t i;
	int rc = SY_OK;

	if (!st->n_lines)
		return SY_OK;
	if (is_wrapped(st)) {
		rc = make_block(st, 0, st->n_lines, err);
	} else {
		for (i = 0; i < st->n_lines && !rc; i++)
			rc = make_block(st, i, i + 1, err);
	}
	st->n_lines = 0;
	st->group_len = 0;
	return rc;
}

int sy_structure_line(sy_structure *st, const char *line, size_t len, size_t offset, sy_error *err)
{
	size_t b = 0, e = len, k;
	line_rec *l;
	int indented = 0, rc;

	/* Trim; a line of spaces (or a form feed: a page break) is blank. */
	while (b < e) {
		k = b;
		if (!is_space(utf8_next(line, len, &k)))
			break;
		b = k;
	}
	indented = b >= 2 || (b > 0 && (unsigned char)line[0] >= 0x80);
	while (e > b) {
		k = e;
		if (!is_space(utf8_prev(line, &k)))
			break;
		e = k;
	}
	if (b == e)
		return flush_group(st, err);

	{
		marker m = find_marker(line + b, e - b);
		/* A new element, an indented first line in wrapped prose, or a full
		 * group: what was gathered so far is complete. */
		if (st->n_lines &&
		    (m.present || st->n_lines >= GROUP_MAX_LINES ||
		     (indented && !st->lines[st->n_lines - 1].indented))) {
			rc = flush_group(st, err);
			if (rc)
				return rc;
		}
		if (util_grow(&st->lines, &st->lines_cap, st->n_lines + 1, sizeof(*st->lines)) ||
		    util_grow(&st->group_buf, &st->group_cap, st->group_len + (e - b) + 1, 1))
			return sy_error_set(err, SY_ENOMEM, "out of memory");
		l = &st->lines[st->n_lines++];
		l->buf_offset = st->group_len;
		l->len = e - b;
		l->source_offset = offset + b;
		l->width = display_width(line + b, e - b);
		l->indented = indented;
		l->mark = m;
		memcpy(st->group_buf + st->group_len, line + b, e - b);
		st->group_len += e - b;
	}
	return SY_OK;
}

int sy_structure_finish(sy_structure *st, sy_error *err)
{
	int rc = flush_group(st, err);

	if (rc)
		return rc;
	if (st->has_pending) {
		st->has_pending = 0;
		return emit(st, &st->pending, err);
	}
	return SY_OK;
}

int sy_structure_new(sy_structure **out, sy_block_fn fn, void *userdata, sy_error *err)
{
	sy_structure *st = calloc(1, sizeof(*st));

	*out = NULL;
	if (!st)
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	st->fn = fn;
	st->userdata = userdata;
	*out = st;
	return SY_OK;
}

void sy_structure_free(sy_structure *st)
{
	if (!st)
		return;
	free(st->group_buf);
	free(st->lines);
	block_free(&st->pending);
	block_free(&st->built);
	free(st);
}
