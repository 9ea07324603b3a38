/*
 * decode.c - bytes to NFC UTF-8 lines, streaming. See include/shuyu/decode.h.
 *
 * The reader keeps three buffers: raw bytes read but not yet converted, UTF-8
 * text converted but not yet cut into lines, and the current line after NFC.
 * Each stays the size of a read (64 KiB) or of the longest line, so a 100 MB
 * file costs no more memory than a 1 MB one.
 *
 * Conversion goes through iconv(3), which reports exactly where a bad byte
 * sits; UTF-8 input is only validated, never converted. NFC uses ICU and is
 * skipped for lines that are plain ASCII or already normalized, which is
 * nearly all of them.
 */
#include <errno.h>
#include <fcntl.h>
#include <iconv.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <unicode/ucsdet.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include "shuyu/decode.h"
#include "util.h"

#define READ_SIZE (64 * 1024)
#define SAMPLE_SIZE (64 * 1024)
/* A line longer than this is not text anyone can segment; refuse it rather
 * than let one runaway line take the machine's memory. */
#define MAX_LINE (64u * 1024 * 1024)

struct sy_reader {
	char *name;
	int fd;                      /* -1 when reading from memory */
	int close_fd;
	const unsigned char *mem;
	size_t mem_len, mem_pos;

	unsigned char *raw;          /* bytes read, not yet converted */
	size_t raw_len, raw_cap;
	size_t raw_offset;           /* file offset of raw[0] */
	int eof;                     /* nothing more to read */

	const char *encoding;
	int is_utf8;
	iconv_t cd;
	int lenient;
	int saw_cr;                  /* a CR has been seen: line ends need the slow look */
	size_t replaced;

	char *text;                  /* converted UTF-8, not yet cut into lines */
	size_t text_len, text_pos, text_cap;
	size_t lines_done;           /* lines returned so far, for messages */

	char *line;                  /* the current line after NFC */
	size_t line_cap;
	size_t next_offset;          /* offset of the next line in the decoded text */

	const UNormalizer2 *nfc;
	UChar *u16, *u16_nfc;
	size_t u16_cap, u16_nfc_cap;
};

/* ---- small helpers ------------------------------------------------------ */

size_t sy_utf8_valid_prefix(const char *str, size_t len, int truncated)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;

	while (i < len) {
		unsigned char c = s[i];

		if (c < 0x80) {
			/* Skip ASCII eight bytes at a time. */
			uint64_t word;
			while (i + 8 <= len) {
				memcpy(&word, s + i, 8);
				if (word & 0x8080808080808080ULL)
					break;
				i += 8;
			}
			while (i < len && s[i] < 0x80)
				i++;
			continue;
		}
		if (c >= 0xE1 && c <= 0xEF && c != 0xED && i + 2 < len) {
			/* The common case for Chinese, tested first and tightly:
			 * only E0 (overlong) and ED (surrogates) need more. */
			if ((s[i + 1] & 0xC0) != 0x80 || (s[i + 2] & 0xC0) != 0x80)
				return i;
			i += 3;
		} else if (c >= 0xC2 && c <= 0xDF) {
			if (i + 1 >= len)
				return truncated ? len : i;
			if ((s[i + 1] & 0xC0) != 0x80)
				return i;
			i += 2;
		} else if (c >= 0xE0 && c <= 0xEF) {
			/* The second byte's range depends on the first: no overlong
			 * forms (E0 80..9F) and no surrogates (ED A0..BF). */
			unsigned char lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
			if (i + 1 >= len)
				return truncated ? len : i;
			if (s[i + 1] < lo || s[i + 1] > hi)
				return i;
			if (i + 2 >= len)
				return truncated ? len : i;
			if ((s[i + 2] & 0xC0) != 0x80)
				return i;
			i += 3;
		} else if (c >= 0xF0 && c <= 0xF4) {
			unsigned char lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
			size_t k;
			if (i + 1 >= len)
				return truncated ? len : i;
			if (s[i + 1] < lo || s[i + 1] > hi)
				return i;
			for (k = 2; k < 4; k++) {
				if (i + k >= len)
					return truncated ? len : i;
				if ((s[i + k] & 0xC0) != 0x80)
					return i;
			}
			i += 4;
		} else {
			return i;
		}
	}
	return len;
}

/* Does decoded UTF-8 look like Chinese text rather than mojibake? Nearly every
 * non-ASCII character of real Chinese is a Han character or CJK punctuation;
 * Big5 read as GB18030 (or the reverse) yields Cyrillic, kana, box drawing
 * and private-use characters among the Han. */
static int looks_chinese(const char *utf8, size_t len)
{
	const unsigned char *s = (const unsigned char *)utf8;
	size_t i = 0, total = 0, cjk = 0;

	while (i < len) {
		uint32_t cp;
		size_t n;

		if (s[i] < 0x80) {
			i++;
			continue;
		}
		if (s[i] >= 0xF0 && i + 3 < len) {
			cp = ((uint32_t)(s[i] & 7) << 18) | ((uint32_t)(s[i + 1] & 0x3F) << 12) |
			     ((uint32_t)(s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
			n = 4;
		} else if (s[i] >= 0xE0 && i + 2 < len) {
			cp = ((uint32_t)(s[i] & 0xF) << 12) | ((uint32_t)(s[i + 1] & 0x3F) << 6) |
			     (s[i + 2] & 0x3F);
			n = 3;
		} else if (s[i] >= 0xC0 && i + 1 < len) {
			cp = ((uint32_t)(s[i] & 0x1F) << 6) | (s[i + 1] & 0x3F);
			n = 2;
		} else {
			break;
		}
		total++;
		if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
		    (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF) ||
		    (cp >= 0x2010 && cp <= 0x206F) || cp == 0xB7 || cp == 0x25CB ||
		    (cp >= 0x20000 && cp <= 0x2FFFF))
			cjk++;
		i += n;
	}
	return total > 0 && cjk * 100 >= total * 95;
}

/* Decode sample strictly with iconv; on success, optionally hand back the UTF-8. */
static int trial_decode(const char *enc, const char *bytes, size_t len, int truncated,
			char **out, size_t *out_len)
{
	iconv_t cd = iconv_open("UTF-8", enc);
	size_t cap = len * 3 + 16, left = cap, in_left = len;
	char *buf, *in = (char *)bytes, *o;
	int ok = 1;

	if (cd == (iconv_t)-1)
		return 0;
	buf = malloc(cap);
	if (!buf) {
		iconv_close(cd);
		return 0;
	}
	o = buf;
	if (iconv(cd, &in, &in_left, &o, &left) == (size_t)-1) {
		/* EINVAL: a sequence cut by the end of the sample, fine if truncated. */
		if (!(errno == EINVAL && truncated))
			ok = 0;
	}
	iconv_close(cd);
	if (ok && out) {
		*out = buf;
		*out_len = (size_t)(o - buf);
	} else {
		free(buf);
	}
	return ok;
}

static int is_chinese_charset(const char *name)
{
	return !strcasecmp(name, "GB18030") || !strcasecmp(name, "Big5");
}

/* Is this UTF-8 with a few bad bytes? Counts well-formed multi-byte
 * characters against bytes that fit nowhere. Legacy Chinese encodings form
 * a valid UTF-8 sequence now and then by chance, but next to far more
 * invalid bytes; a damaged UTF-8 file has the opposite proportion. */
static int mostly_utf8(const char *bytes, size_t len)
{
	size_t i = 0, good = 0, bad = 0;

	while (i < len) {
		size_t ok = sy_utf8_valid_prefix(bytes + i, len - i, 1), k;
		/* Count the multi-byte characters in the valid stretch. */
		for (k = i; k < i + ok; k++)
			if ((unsigned char)bytes[k] >= 0xC0)
				good++;
		i += ok;
		if (i < len) {
			bad++;
			i++;
		}
	}
	return good >= 10 * bad && good > 0;
}

int sy_detect_encoding(const char *bytes, size_t len, int truncated, const char **name,
		       const char *file, sy_error *err)
{
	static const char *const chinese[] = {"GB18030", "Big5"};
	const unsigned char *s = (const unsigned char *)bytes;
	const char *nul;
	UErrorCode uerr = U_ZERO_ERROR;
	UCharsetDetector *det;
	const UCharsetMatch *best;
	char top[32] = "";
	int32_t confidence = 0;
	size_t i;

	if (len >= 4 && ((s[0] == 0xFF && s[1] == 0xFE && s[2] == 0 && s[3] == 0))) {
		*name = "UTF-32LE";
		return SY_OK;
	}
	if (len >= 4 && s[0] == 0 && s[1] == 0 && s[2] == 0xFE && s[3] == 0xFF) {
		*name = "UTF-32BE";
		return SY_OK;
	}
	if (len >= 2 && s[0] == 0xFF && s[1] == 0xFE) {
		*name = "UTF-16LE";
		return SY_OK;
	}
	if (len >= 2 && s[0] == 0xFE && s[1] == 0xFF) {
		*name = "UTF-16BE";
		return SY_OK;
	}
	if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) {
		*name = "UTF-8";
		return SY_OK;
	}
	nul = memchr(bytes, 0, len);
	if (nul)
		return sy_error_set(err, SY_EINPUT,
				    "%s: byte %zu: a NUL byte; this looks like a binary file, not text "
				    "(UTF-16 without a byte-order mark needs --encoding UTF-16LE or UTF-16BE)",
				    file, (size_t)(nul - bytes));
	if (sy_utf8_valid_prefix(bytes, len, truncated) == len) {
		*name = "UTF-8";
		return SY_OK;
	}
	if (mostly_utf8(bytes, len)) {
		/* UTF-8 with a few damaged bytes: reading it as Latin-1 would turn
		 * every Chinese character into mojibake without a word. Say UTF-8,
		 * and let the reader name the bad byte. */
		*name = "UTF-8";
		return SY_OK;
	}

	det = ucsdet_open(&uerr);
	if (U_SUCCESS(uerr)) {
		ucsdet_setText(det, bytes, (int32_t)(len > INT32_MAX ? INT32_MAX : len), &uerr);
		best = ucsdet_detect(det, &uerr);
		if (U_SUCCESS(uerr) && best) {
			const char *n = ucsdet_getName(best, &uerr);
			confidence = ucsdet_getConfidence(best, &uerr);
			if (U_SUCCESS(uerr) && n)
				snprintf(top, sizeof(top), "%s", n);
		}
		ucsdet_close(det);
	}

	/* The detector is reliable on whole documents: trust a confident verdict
	 * for a Chinese charset when the bytes really decode that way. */
	if (top[0] && is_chinese_charset(top) && confidence >= 30 &&
	    trial_decode(top, bytes, len, truncated, NULL, NULL)) {
		*name = !strcasecmp(top, "Big5") ? "Big5" : "GB18030";
		return SY_OK;
	}
	/* Unsure, or it named a Western charset for what may be a line of Chinese:
	 * a strict trial decode decides, kept only if the result reads as Chinese. */
	for (i = 0; i < sizeof(chinese) / sizeof(chinese[0]); i++) {
		char *text;
		size_t text_len;
		int plausible;

		if (!trial_decode(chinese[i], bytes, len, truncated, &text, &text_len))
			continue;
		plausible = looks_chinese(text, text_len);
		free(text);
		if (plausible) {
			*name = chinese[i];
			return SY_OK;
		}
	}
	if (top[0] && confidence >= 30) {
		/* Another charset the detector is sure of (Latin-1 English, say).
		 * Hand back our own static name, not the detector's string. */
		static const char *const known[] = {
			"ISO-8859-1", "ISO-8859-2", "ISO-8859-5", "ISO-8859-6", "ISO-8859-7", "ISO-8859-8",
			"ISO-8859-9", "windows-1250", "windows-1251", "windows-1252", "windows-1253",
			"windows-1254", "windows-1255", "windows-1256", "KOI8-R", "Shift_JIS", "EUC-JP",
			"EUC-KR", "ISO-2022-JP", "ISO-2022-KR", "ISO-2022-CN", "UTF-16LE", "UTF-16BE",
			"UTF-32LE", "UTF-32BE",
		};
		for (i = 0; i < sizeof(known) / sizeof(known[0]); i++) {
			if (!strcasecmp(top, known[i]) &&
			    trial_decode(known[i], bytes, len, truncated, NULL, NULL)) {
				*name = known[i];
				return SY_OK;
			}
		}
	}
	return sy_error_set(err, SY_EINPUT,
			    "%s: cannot tell the encoding (byte %zu is not valid UTF-8, and the text does "
			    "not read as GB18030 or Big5); if this is text, name its encoding with --encoding",
			    file, sy_utf8_valid_prefix(bytes, len, truncated));
}

/* ---- the reader --------------------------------------------------------- */

static const char *canonical_encoding(const char *name)
{
	/* GBK and GB2312 are subsets of GB18030: reading them as GB18030 is
	 * always right and saves a table of aliases. */
	if (!strcasecmp(name, "GBK") || !strcasecmp(name, "GB2312") || !strcasecmp(name, "CP936") ||
	    !strcasecmp(name, "EUC-CN") || !strcasecmp(name, "GB18030"))
		return "GB18030";
	if (!strcasecmp(name, "UTF8") || !strcasecmp(name, "UTF-8"))
		return "UTF-8";
	if (!strcasecmp(name, "BIG5") || !strcasecmp(name, "BIG-5") || !strcasecmp(name, "CP950"))
		return "Big5";
	return name;
}

/* Fill raw[] up to READ_SIZE more bytes. */
static int read_more(sy_reader *r, sy_error *err)
{
	size_t want = READ_SIZE;

	if (r->eof)
		return SY_OK;
	if (util_grow(&r->raw, &r->raw_cap, r->raw_len + want, 1))
		return sy_error_set(err, SY_ENOMEM, "%s: out of memory", r->name);
	if (r->fd < 0) {
		size_t n = r->mem_len - r->mem_pos;
		if (n > want)
			n = want;
		memcpy(r->raw + r->raw_len, r->mem + r->mem_pos, n);
		r->mem_pos += n;
		r->raw_len += n;
		if (r->mem_pos == r->mem_len)
			r->eof = 1;
		return SY_OK;
	}
	for (;;) {
		ssize_t n = read(r->fd, r->raw + r->raw_len, want);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			if (errno == EISDIR)
				return sy_error_set(err, SY_EINPUT, "%s: is a folder, not a text file", r->name);
			return sy_error_set(err, SY_EIO, "%s: cannot read: %s", r->name, strerror(errno));
		}
		if (n == 0)
			r->eof = 1;
		r->raw_len += (size_t)n;
		return SY_OK;
	}
}

static void drop_raw(sy_reader *r, size_t n)
{
	memmove(r->raw, r->raw + n, r->raw_len - n);
	r->raw_len -= n;
	r->raw_offset += n;
}

/* Line number (1-based) of the text not yet cut into lines, for messages. */
static size_t line_number(const sy_reader *r)
{
	size_t lines = r->lines_done + 1, i;

	for (i = r->text_pos; i < r->text_len; i++)
		if (r->text[i] == '\n')
			lines++;
	return lines;
}

static int append_text(sy_reader *r, const char *s, size_t n, sy_error *err)
{
	if (util_grow(&r->text, &r->text_cap, r->text_len + n + 1, 1))
		return sy_error_set(err, SY_ENOMEM, "%s: out of memory", r->name);
	memcpy(r->text + r->text_len, s, n);
	r->text_len += n;
	if (!r->saw_cr && memchr(s, '\r', n))
		r->saw_cr = 1;
	return SY_OK;
}

static int bad_bytes(sy_reader *r, size_t at, const char *what, sy_error *err)
{
	return sy_error_set(err, SY_EINPUT,
			    "%s: line %zu, byte %zu: %s (use --lenient to replace bad bytes with \xEF\xBF\xBD, "
			    "or --encoding to name the right encoding)",
			    r->name, line_number(r), r->raw_offset + at, what);
}

/* Convert what is in raw[] into text[]. */
static int convert(sy_reader *r, sy_error *err)
{
	static const char replacement[] = "\xEF\xBF\xBD";

	if (r->is_utf8) {
		size_t done = 0;
		while (done < r->raw_len) {
			size_t ok = sy_utf8_valid_prefix((char *)r->raw + done, r->raw_len - done, 0);
			const unsigned char *nul = memchr(r->raw + done, 0, ok);
			if (nul) {
				ok = (size_t)(nul - (r->raw + done));
				if (append_text(r, (char *)r->raw + done, ok, err))
					return err->code;
				done += ok;
				return bad_bytes(r, done, "a NUL byte; this looks like a binary file", err);
			}
			if (append_text(r, (char *)r->raw + done, ok, err))
				return err->code;
			done += ok;
			if (done == r->raw_len)
				break;
			if (!r->eof && r->raw_len - done < 4 &&
			    sy_utf8_valid_prefix((char *)r->raw + done, r->raw_len - done, 1) ==
				    r->raw_len - done)
				break; /* a character cut by the read; finish it next time */
			if (!r->lenient)
				return bad_bytes(r, done, "not valid UTF-8", err);
			if (append_text(r, replacement, 3, err))
				return err->code;
			r->replaced++;
			done++;
		}
		drop_raw(r, done);
		return SY_OK;
	}

	{
		char *in = (char *)r->raw;
		size_t in_left = r->raw_len;

		while (in_left > 0) {
			size_t out_room, before;
			char *out;

			if (util_grow(&r->text, &r->text_cap, r->text_len + in_left * 4 + 64, 1))
				return sy_error_set(err, SY_ENOMEM, "%s: out of memory", r->name);
			out = r->text + r->text_len;
			out_room = r->text_cap - r->text_len - 1;
			before = out_room;
			if (iconv(r->cd, &in, &in_left, &out, &out_room) != (size_t)-1) {
				r->text_len += before - out_room;
				continue;
			}
			r->text_len += before - out_room;
			if (errno == E2BIG)
				continue;
			if (errno == EINVAL && !r->eof)
				break; /* cut by the read */
			if (!r->lenient) {
				size_t at = (size_t)(in - (char *)r->raw);
				drop_raw(r, 0);
				return bad_bytes(r, at, errno == EINVAL ? "the file ends inside a character"
									 : "not valid in this encoding",
						 err);
			}
			if (append_text(r, replacement, 3, err))
				return err->code;
			r->replaced++;
			in++;
			in_left--;
		}
		drop_raw(r, (size_t)(in - (char *)r->raw));
	}
	return SY_OK;
}

/*
 * Is this line certainly NFC already? Every character below U+0300, the CJK
 * punctuation, the Han ideographs of the main block and the full-width forms
 * are NFC by themselves and never combine with what precedes or follows
 * (Unicode's NFC_Quick_Check is Yes and the combining class 0 for all of
 * them). A line made only of those needs no trip through ICU, and that is
 * nearly every line of Chinese or English text. Anything else goes to ICU.
 */
static int surely_nfc(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;

	while (i < n) {
		unsigned char c = s[i];
		if (c < 0x80) {
			i++;
		} else if (c < 0xCC) {
			i += 2; /* U+0080..U+02FF */
		} else if (c == 0xE3 && i + 2 < n && s[i + 1] == 0x80 &&
			   (s[i + 2] < 0xAA || s[i + 2] > 0xAF)) {
			i += 3; /* U+3000..U+303F, less the tone marks U+302A..U+302F */
		} else if (c >= 0xE4 && c <= 0xE9) {
			i += 3; /* U+4000..U+9FFF: Han (and a little of Extension A) */
		} else if (c == 0xEF && i + 1 < n && (s[i + 1] == 0xBC || s[i + 1] == 0xBD)) {
			i += 3; /* U+FF00..U+FF7F: full-width forms */
		} else {
			return 0;
		}
	}
	return 1;
}

static int normalize_line(sy_reader *r, const char *s, size_t n, const char **line, size_t *len,
			  sy_error *err)
{
	UErrorCode uerr = U_ZERO_ERROR;
	int32_t u16_len, nfc_len, out_len;

	if (!surely_nfc(s, n)) {
		if (n > INT32_MAX / 2)
			return sy_error_set(err, SY_EINPUT, "%s: line %zu is too long", r->name,
					    r->lines_done + 1);
		if (util_grow(&r->u16, &r->u16_cap, n + 1, sizeof(UChar)))
			return sy_error_set(err, SY_ENOMEM, "%s: out of memory", r->name);
		u_strFromUTF8(r->u16, (int32_t)r->u16_cap, &u16_len, s, (int32_t)n, &uerr);
		if (U_FAILURE(uerr))
			return sy_error_set(err, SY_EINTERNAL, "%s: line %zu: ICU: %s", r->name,
					    r->lines_done + 1, u_errorName(uerr));
		if (unorm2_quickCheck(r->nfc, r->u16, u16_len, &uerr) != UNORM_YES) {
			size_t need = (size_t)u16_len * 3 + 16;
			uerr = U_ZERO_ERROR;
			if (util_grow(&r->u16_nfc, &r->u16_nfc_cap, need, sizeof(UChar)))
				return sy_error_set(err, SY_ENOMEM, "%s: out of memory", r->name);
			nfc_len = unorm2_normalize(r->nfc, r->u16, u16_len, r->u16_nfc, (int32_t)r->u16_nfc_cap,
						   &uerr);
			if (U_FAILURE(uerr))
				return sy_error_set(err, SY_EINTERNAL, "%s: line %zu: ICU: %s", r->name,
						    r->lines_done + 1, u_errorName(uerr));
			if (util_grow(&r->line, &r->line_cap, (size_t)nfc_len * 3 + 1, 1))
				return sy_error_set(err, SY_ENOMEM, "%s: out of memory", r->name);
			u_strToUTF8(r->line, (int32_t)r->line_cap, &out_len, r->u16_nfc, nfc_len, &uerr);
			if (U_FAILURE(uerr))
				return sy_error_set(err, SY_EINTERNAL, "%s: ICU: %s", r->name,
						    u_errorName(uerr));
			r->line[out_len] = '\0';
			*line = r->line;
			*len = (size_t)out_len;
			return SY_OK;
		}
	}
	/* Already NFC: hand out the line where it lies, without a copy. */
	*line = s;
	*len = n;
	return SY_OK;
}

int sy_reader_next_line(sy_reader *r, const char **line, size_t *len, size_t *offset, sy_error *err)
{
	for (;;) {
		/* No text yet (r->text NULL): even a zero offset from a null
		 * pointer is undefined. */
		char *start = r->text ? r->text + r->text_pos : r->text;
		size_t avail = r->text_len - r->text_pos, i;
		int rc;

		{
			/* memchr runs many bytes a step; a CR is rare, so look for
			 * one only inside the line that LF delimits. */
			const char *lf = avail ? memchr(start, '\n', avail) : NULL;
			const char *cr;
			i = lf ? (size_t)(lf - start) : avail;
			cr = r->saw_cr && i ? memchr(start, '\r', i) : NULL;
			if (cr)
				i = (size_t)(cr - start);
		}
		/* A CR at the very end may be the first half of CRLF: read on first. */
		if (i < avail && !(start[i] == '\r' && i + 1 == avail && !(r->eof && r->raw_len == 0))) {
			size_t skip = start[i] == '\r' && i + 1 < avail && start[i + 1] == '\n' ? 2 : 1;

			rc = normalize_line(r, start, i, line, len, err);
			if (rc)
				return rc;
			*offset = r->next_offset;
			r->next_offset += *len + 1;
			r->text_pos += i + skip;
			r->lines_done++;
			return SY_OK;
		}
		if (r->eof && r->raw_len == 0) {
			if (avail == 0) {
				*line = NULL;
				*len = 0;
				*offset = r->next_offset;
				return SY_OK;
			}
			rc = normalize_line(r, start, avail, line, len, err);
			if (rc)
				return rc;
			*offset = r->next_offset;
			r->next_offset += *len + 1;
			r->text_pos = r->text_len;
			r->lines_done++;
			return SY_OK;
		}
		if (avail > MAX_LINE)
			return sy_error_set(err, SY_EINPUT,
					    "%s: line %zu is longer than %u MB; is this really a text file?",
					    r->name, r->lines_done + 1, MAX_LINE >> 20);
		/* Keep the partial line, drop what has been returned, read on. */
		if (avail)
			memmove(r->text, start, avail);
		r->text_len = avail;
		r->text_pos = 0;
		rc = read_more(r, err);
		if (rc)
			return rc;
		rc = convert(r, err);
		if (rc)
			return rc;
		if (r->eof && r->raw_len > 0) {
			/* iconv kept an incomplete character and there is nothing more. */
			if (!r->lenient)
				return bad_bytes(r, 0, "the file ends inside a character", err);
			r->raw_len = 0;
			r->replaced++;
			if (append_text(r, "\xEF\xBF\xBD", 3, err))
				return err->code;
		}
	}
}

static int reader_start(sy_reader *r, const sy_decode_options *opt, sy_error *err)
{
	UErrorCode uerr = U_ZERO_ERROR;
	const char *enc = NULL;
	size_t bom = 0;
	int rc;

	r->cd = (iconv_t)-1;
	r->lenient = opt && opt->lenient;
	r->nfc = unorm2_getNFCInstance(&uerr);
	if (U_FAILURE(uerr))
		return sy_error_set(err, SY_EINTERNAL, "ICU: no NFC data: %s", u_errorName(uerr));

	/* Fill the sample: up to SAMPLE_SIZE bytes, or the whole input. */
	while (!r->eof && r->raw_len < SAMPLE_SIZE) {
		rc = read_more(r, err);
		if (rc)
			return rc;
	}
	if (r->raw_len == 0)
		return sy_error_set(err, SY_EINPUT, "%s: the file is empty", r->name);

	if (opt && opt->encoding && *opt->encoding) {
		enc = canonical_encoding(opt->encoding);
	} else {
		rc = sy_detect_encoding((char *)r->raw, r->raw_len, !r->eof, &enc, r->name, err);
		if (rc)
			return rc;
	}
	/* Skip a byte-order mark of the encoding in use. */
	if (!strcasecmp(enc, "UTF-8") && r->raw_len >= 3 && !memcmp(r->raw, "\xEF\xBB\xBF", 3))
		bom = 3;
	else if ((!strcasecmp(enc, "UTF-32LE") && r->raw_len >= 4 && !memcmp(r->raw, "\xFF\xFE\0\0", 4)) ||
		 (!strcasecmp(enc, "UTF-32BE") && r->raw_len >= 4 && !memcmp(r->raw, "\0\0\xFE\xFF", 4)))
		bom = 4;
	else if ((!strcasecmp(enc, "UTF-16LE") && r->raw_len >= 2 && !memcmp(r->raw, "\xFF\xFE", 2)) ||
		 (!strcasecmp(enc, "UTF-16BE") && r->raw_len >= 2 && !memcmp(r->raw, "\xFE\xFF", 2)))
		bom = 2;
	if (bom)
		drop_raw(r, bom);

	r->encoding = enc;
	r->is_utf8 = !strcasecmp(enc, "UTF-8");
	/* iconv writes straight into text[]; look for CRs on every line then. */
	r->saw_cr = !r->is_utf8;
	if (!r->is_utf8) {
		r->cd = iconv_open("UTF-8", enc);
		if (r->cd == (iconv_t)-1)
			return sy_error_set(err, SY_EUSAGE,
					    "unknown encoding '%s' (try UTF-8, GB18030, Big5, UTF-16LE, UTF-16BE)",
					    enc);
	}
	return SY_OK;
}

static sy_reader *reader_new(const char *name)
{
	sy_reader *r = calloc(1, sizeof(*r));

	if (!r)
		return NULL;
	r->name = strdup(name);
	if (!r->name) {
		free(r);
		return NULL;
	}
	r->fd = -1;
	r->cd = (iconv_t)-1;
	return r;
}

int sy_reader_open(sy_reader **out, const char *path, const sy_decode_options *opt, sy_error *err)
{
	struct stat st;
	sy_reader *r;
	int rc;

	*out = NULL;
	r = reader_new(path);
	if (!r)
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	if (!strcmp(path, "-")) {
		r->fd = 0;
	} else {
		r->fd = open(path, O_RDONLY | O_CLOEXEC);
		if (r->fd < 0) {
			rc = sy_error_set(err, errno == ENOENT ? SY_EINPUT : SY_EIO, "%s: %s", path,
					  errno == ENOENT ? "no such file" : strerror(errno));
			sy_reader_close(r);
			return rc;
		}
		r->close_fd = 1;
		if (fstat(r->fd, &st) == 0 && S_ISDIR(st.st_mode)) {
			sy_reader_close(r);
			return sy_error_set(err, SY_EINPUT, "%s: is a folder, not a text file", path);
		}
	}
	rc = reader_start(r, opt, err);
	if (rc) {
		sy_reader_close(r);
		return rc;
	}
	*out = r;
	return SY_OK;
}

int sy_reader_open_memory(sy_reader **out, const char *bytes, size_t len, const char *name,
			  const sy_decode_options *opt, sy_error *err)
{
	sy_reader *r;
	int rc;

	*out = NULL;
	r = reader_new(name ? name : "(text)");
	if (!r)
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	r->mem = (const unsigned char *)bytes;
	r->mem_len = len;
	r->eof = len == 0;
	rc = reader_start(r, opt, err);
	if (rc) {
		sy_reader_close(r);
		return rc;
	}
	*out = r;
	return SY_OK;
}

const char *sy_reader_encoding(const sy_reader *r)
{
	return r->encoding;
}

const char *sy_reader_name(const sy_reader *r)
{
	return r->name;
}

size_t sy_reader_replaced(const sy_reader *r)
{
	return r->replaced;
}

void sy_reader_close(sy_reader *r)
{
	if (!r)
		return;
	if (r->cd != (iconv_t)-1)
		iconv_close(r->cd);
	if (r->close_fd)
		close(r->fd);
	free(r->name);
	free(r->raw);
	free(r->text);
	free(r->line);
	free(r->u16);
	free(r->u16_nfc);
	free(r);
}

int sy_decode(const char *bytes, size_t len, const char *name, const sy_decode_options *opt,
	      char **out, size_t *out_len, sy_error *err)
{
	sy_reader *r;
	char *buf = NULL;
	size_t used = 0, cap = 0, lines = 0;
	int rc;

	*out = NULL;
	*out_len = 0;
	rc = sy_reader_open_memory(&r, bytes, len, name, opt, err);
	if (rc)
		return rc;
	for (;;) {
		const char *line;
		size_t n, offset;

		rc = sy_reader_next_line(r, &line, &n, &offset, err);
		if (rc || !line)
			break;
		if (util_grow(&buf, &cap, used + n + 2, 1)) {
			rc = sy_error_set(err, SY_ENOMEM, "out of memory");
			break;
		}
		if (lines++)
			buf[used++] = '\n';
		memcpy(buf + used, line, n);
		used += n;
	}
	sy_reader_close(r);
	if (rc) {
		free(buf);
		return rc;
	}
	if (!buf) {
		buf = malloc(1);
		if (!buf)
			return sy_error_set(err, SY_ENOMEM, "out of memory");
	}
	buf[used] = '\0';
	*out = buf;
	*out_len = used;
	return SY_OK;
}
