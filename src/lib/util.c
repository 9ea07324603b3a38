/*
 * util.c - see util.h.
 */
#include <stdlib.h>
#include <string.h>

#include "util.h"

int util_grow(void *pptr, size_t *cap, size_t need, size_t elem)
{
	void **p = pptr;
	size_t n = *cap ? *cap : 64;
	void *q;

	if (need <= *cap)
		return 0;
	while (n < need)
		n *= 2;
	q = realloc(*p, n * elem);
	if (!q)
		return -1;
	*p = q;
	*cap = n;
	return 0;
}

int util_buf_add(util_buf *b, const char *s, size_t n)
{
	if (util_grow(&b->s, &b->cap, b->len + n + 1, 1))
		return -1;
	if (n)
		memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
	return 0;
}

int util_buf_set(util_buf *b, const char *s)
{
	b->len = 0;
	return util_buf_add(b, s ? s : "", s ? strlen(s) : 0);
}

int util_buf_add_cp(util_buf *b, uint32_t c)
{
	char u[4];
	size_t n;

	if (c < 0x80) {
		u[0] = (char)c;
		n = 1;
	} else if (c < 0x800) {
		u[0] = (char)(0xC0 | (c >> 6));
		u[1] = (char)(0x80 | (c & 0x3F));
		n = 2;
	} else if (c < 0x10000) {
		u[0] = (char)(0xE0 | (c >> 12));
		u[1] = (char)(0x80 | ((c >> 6) & 0x3F));
		u[2] = (char)(0x80 | (c & 0x3F));
		n = 3;
	} else {
		u[0] = (char)(0xF0 | (c >> 18));
		u[1] = (char)(0x80 | ((c >> 12) & 0x3F));
		u[2] = (char)(0x80 | ((c >> 6) & 0x3F));
		u[3] = (char)(0x80 | (c & 0x3F));
		n = 4;
	}
	return util_buf_add(b, u, n);
}

const char *util_buf_str(const util_buf *b)
{
	return b->s ? b->s : "";
}

uint64_t util_fnv1a(uint64_t h, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ULL;
	}
	return h;
}
