/*
 * utf8.h - internal helpers for walking UTF-8 text, shared by the stages.
 * Not part of the public API. The input is already valid UTF-8 (the decode
 * stage guarantees it), so these helpers do not re-validate; they never read
 * past len all the same.
 */
#ifndef SHUYU_UTF8_H
#define SHUYU_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* The code point at s[*i], advancing *i past it. */
static inline uint32_t utf8_next(const char *str, size_t len, size_t *i)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t p = *i;
	uint32_t c = s[p];

	if (c < 0x80 || p + 1 >= len) {
		*i = p + 1;
		return c;
	}
	if (c < 0xE0) {
		*i = p + 2;
		return ((c & 0x1F) << 6) | (s[p + 1] & 0x3F);
	}
	if (c < 0xF0 || p + 3 >= len) {
		if (p + 2 >= len) {
			*i = len;
			return 0xFFFD;
		}
		*i = p + 3;
		return ((c & 0x0F) << 12) | ((uint32_t)(s[p + 1] & 0x3F) << 6) | (s[p + 2] & 0x3F);
	}
	*i = p + 4;
	return ((c & 0x07) << 18) | ((uint32_t)(s[p + 1] & 0x3F) << 12) |
	       ((uint32_t)(s[p + 2] & 0x3F) << 6) | (s[p + 3] & 0x3F);
}

/* The code point ending just before s[*i], moving *i back to its start. */
static inline uint32_t utf8_prev(const char *str, size_t *i)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t p = *i, q;

	if (p == 0)
		return 0;
	q = p - 1;
	while (q > 0 && (s[q] & 0xC0) == 0x80 && p - q < 4)
		q--;
	*i = q;
	{
		size_t j = q;
		return utf8_next(str, p, &j);
	}
}

/* Full-width ASCII (Ｓ／ＰＶ．８１４４) as plain ASCII; U+3000 as a space. */
static inline uint32_t utf8_halfwidth(uint32_t c)
{
	if (c >= 0xFF01 && c <= 0xFF5E)
		return c - 0xFEE0;
	if (c == 0x3000)
		return ' ';
	return c;
}

/* Han ideographs (the CJK blocks and their extensions). */
static inline int is_han(uint32_t c)
{
	return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
	       (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF);
}

/* Characters that take two columns in a terminal: enough for judging the
 * width of a line, not a full East Asian Width table. */
static inline int is_wide(uint32_t c)
{
	return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
	       (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
	       (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
	       (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

/* CJK text: Han, kana, CJK punctuation and full-width forms. Between two of
 * these, a line break joins without a space. */
static inline int is_cjk(uint32_t c)
{
	return is_han(c) || (c >= 0x3000 && c <= 0x30FF) || (c >= 0xFF00 && c <= 0xFFEF);
}

/* White space as documents use it, including the ideographic space that
 * indents Chinese paragraphs and the no-break space. */
static inline int is_space(uint32_t c)
{
	return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == 0xA0 || c == 0x3000 ||
	       c == 0x2002 || c == 0x2003 || c == 0x2009 || c == 0x200B || c == 0xFEFF;
}

#endif
