/*
 * segment.c - blocks to sentences. See include/shuyu/segment.h.
 *
 * ICU walks the block (in UTF-16, where its iterator runs four times faster
 * than over a UTF-8 UText) and proposes sentence ends. Each proposal is then checked against
 * what ICU cannot know about UN text: abbreviations it does not suppress,
 * questions quoted inside a longer sentence, footnote markers, Chinese
 * ellipses. The rules look only at the few characters around a proposal, so
 * the cost stays close to ICU's own.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/ustring.h>

#include "shuyu/segment.h"
#include "utf8.h"

struct sy_segmenter {
	UBreakIterator *bi;
	UChar *u16;
	size_t u16_cap;
	size_t *cuts;
	size_t n_cuts, cuts_cap;
	char *out;
	size_t out_cap;
	size_t next_index;
};

static int grow(void *pptr, size_t *cap, size_t need, size_t elem)
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

/* Abbreviations that do not end a sentence however they are followed. Kept
 * short on purpose: "etc." and "a.m." often do end one, so ICU decides those. */
static const char *const abbreviations[] = {
	"Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "St.", "Mt.", "No.", "Nos.", "no.", "nos.", "Art.",
	"Arts.", "art.", "arts.", "para.", "paras.", "Para.", "Paras.", "p.", "pp.", "vol.", "Vol.",
	"e.g.", "i.e.", "cf.", "Cf.", "vs.", "viz.", "approx.", "Fig.", "fig.", "Sect.", "sect.",
	"Ch.", "ch.", "Gen.", "Amb.", "Jr.", "Sr.", "Inc.", "Ltd.", "Co.", "Corp.", "Rev.", "Corr.",
	"Add.", "Suppl.", "Sess.", "Res.", "Distr.", "Ref.", "ibid.", "Ibid.", "op.", "al.", "Jan.",
	"Feb.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "a.i.",
	"H.E.", "S.E.", "Hon.", "Rt.", "Ave.", "Blvd.", "Dept.", "Govt.", "Int.", "Intl.", "Ann.",
};

static int is_abbreviation(const char *w, size_t n)
{
	size_t i;
	int letters = 0, dots = 0;

	for (i = 0; i < sizeof(abbreviations) / sizeof(abbreviations[0]); i++)
		if (strlen(abbreviations[i]) == n && !memcmp(abbreviations[i], w, n))
			return 1;
	/* Capital initials with dots: U.S., U.N., U.K., E.U. */
	for (i = 0; i < n; i++) {
		if (w[i] >= 'A' && w[i] <= 'Z' && (i == 0 || w[i - 1] == '.'))
			letters++;
		else if (w[i] == '.' && i > 0 && w[i - 1] >= 'A' && w[i - 1] <= 'Z')
			dots++;
		else
			return 0;
	}
	return letters >= 2 && dots == letters;
}

static int is_superscript_digit(uint32_t c)
{
	return c == 0xB9 || c == 0xB2 || c == 0xB3 || c == 0x2070 || (c >= 0x2074 && c <= 0x2079);
}

static int is_opening(uint32_t c)
{
	return c == '(' || c == '[' || c == 0x201C || c == 0x2018 || c == 0x300C || c == 0x300E ||
	       c == 0xFF08 || c == 0x3010 || c == 0x300A || c == 0x3008 || c == 0xFF3B;
}

static int is_closing_quote(uint32_t c)
{
	return c == '"' || c == '\'' || c == 0x201D || c == 0x2019 || c == 0x300D || c == 0x300F ||
	       c == 0x300B;
}

static int is_closing(uint32_t c)
{
	return is_closing_quote(c) || c == ')' || c == ']' || c == 0xFF09 || c == 0x3011 ||
	       c == 0x3009 || c == 0xFF3D;
}

static int is_lower_latin(uint32_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7);
}

/* Punctuation after which a sentence cannot have ended: , ; : and their
 * Chinese forms, and the enumeration comma. */
static int is_continuing_punct(uint32_t c)
{
	return c == ',' || c == ';' || c == ':' || c == 0xFF0C || c == 0x3001 || c == 0xFF1B ||
	       c == 0xFF1A || c == 0x3002 || c == 0xFF1F || c == 0xFF01 || c == '.' || c == '?' ||
	       c == '!';
}

static size_t skip_spaces(const char *s, size_t len, size_t i)
{
	while (i < len) {
		size_t k = i;
		if (!is_space(utf8_next(s, len, &k)))
			break;
		i = k;
	}
	return i;
}

static uint32_t char_at(const char *s, size_t len, size_t i)
{
	size_t k = i;
	return i < len ? utf8_next(s, len, &k) : 0;
}

/*
 * Decide on ICU's proposed end at cut. Returns the corrected position of the
 * end, or 0 when there is no sentence end here.
 */
static size_t check_cut(const char *s, size_t len, size_t cut)
{
	size_t i, k, word_end, word_start, after;
	uint32_t c, terminal = 0, next;
	int quoted = 0;

	/* ICU counts opening brackets after a ？ as part of the sentence that
	 * ends ("威胁？”(" | "见"): give them back to what follows. */
	i = cut;
	for (;;) {
		k = i;
		c = utf8_prev(s, &k);
		if (k == i || !(is_space(c) || (is_opening(c) && c != '"' && c != '\'')))
			break;
		i = k;
	}
	cut = i;
	if (!cut)
		return 0;

	/* Footnote markers stay with the sentence they follow. */
	i = cut;
	while (i < len) {
		k = i;
		c = utf8_next(s, len, &k);
		if (!is_superscript_digit(c))
			break;
		i = k;
	}
	cut = i;

	/* What ends the sentence, behind any closing quotes and brackets. */
	i = cut;
	while (i > 0) {
		k = i;
		c = utf8_prev(s, &k);
		i = k;
		if (is_space(c) || is_superscript_digit(c))
			continue;
		if (is_closing(c)) {
			if (is_closing_quote(c))
				quoted = 1;
			continue;
		}
		terminal = c;
		break;
	}
	/* i now points at the terminal character itself. */
	k = i;
	utf8_next(s, len, &k);
	word_end = k;

	/* An abbreviation or an initial before a full stop. */
	if (terminal == '.') {
		word_start = i;
		while (word_start > 0) {
			size_t p = word_start;
			c = utf8_prev(s, &p);
			if (is_space(c) || is_opening(c) || c == '/')
				break;
			word_start = p;
		}
		if (is_abbreviation(s + word_start, word_end - word_start))
			return 0;
		after = skip_spaces(s, len, cut);
		if (word_end - word_start == 2 && s[word_start] >= 'A' && s[word_start] <= 'Z' &&
		    after < len && s[after] >= 'A' && s[after] <= 'Z')
			return 0; /* J. R. Tolkien */
	}

	after = skip_spaces(s, len, cut);
	if (after >= len)
		return cut;
	next = char_at(s, len, after);

	/* A reference or remark in brackets after the stop ("？”(见 S/2019/643)，",
	 * "at 8 a.m. (Eastern Daylight Time)."): when it holds no sentence of its
	 * own and what follows it cannot start one, it belongs to this sentence. */
	if (next == '(' || next == 0xFF08) {
		size_t j = after, limit = after + 160 < len ? after + 160 : len;
		int inner_end = 0, depth = 1;
		utf8_next(s, len, &j);
		while (j < limit) {
			c = utf8_next(s, len, &j);
			if (c == '(' || c == 0xFF08)
				depth++;
			if ((c == ')' || c == 0xFF09) && --depth == 0)
				break;
			if (c == 0x3002 || c == 0xFF1F || c == 0xFF01 ||
			    ((c == '.' || c == '?' || c == '!') && j < len &&
			     (s[j] == ' ' || s[j] == ')')))
				inner_end = 1;
		}
		if (!depth && !inner_end) {
			size_t after_paren = skip_spaces(s, len, j);
			uint32_t n2 = char_at(s, len, after_paren);
			if (after_paren >= len || is_continuing_punct(n2) || is_lower_latin(n2) ||
			    (after_paren == j && is_cjk(n2)))
				return 0;
			if (quoted)
				return j;
		}
	}
	if (is_lower_latin(next) || (is_continuing_punct(next) && next != 0x3002 && next != '.'))
		return 0;
	/* “……威胁？”几位与会者: a quoted question that the sentence goes on from. */
	if (quoted && after == cut && is_cjk(next) && !is_opening(next))
		return 0;
	return cut;
}

/* Chinese …… (and an English … ) ends a sentence only where a new one
 * clearly starts: white space, then an opening quote, a capital or Han. */
static int add_ellipsis_cuts(sy_segmenter *seg, const char *s, size_t len)
{
	size_t i = 0;

	while (i < len) {
		size_t k = i;
		uint32_t c = utf8_next(s, len, &k);
		if (c == 0x2026) {
			size_t j = k, after;
			uint32_t next;
			while (j < len && char_at(s, len, j) == 0x2026)
				utf8_next(s, len, &j);
			while (j < len && is_closing(char_at(s, len, j)))
				utf8_next(s, len, &j);
			after = skip_spaces(s, len, j);
			next = char_at(s, len, after);
			if (after > j && after < len &&
			    (is_han(next) || is_opening(next) || (next >= 'A' && next <= 'Z'))) {
				if (grow(&seg->cuts, &seg->cuts_cap, seg->n_cuts + 1, sizeof(size_t)))
					return -1;
				seg->cuts[seg->n_cuts++] = j;
			}
			i = j > k ? j : k;
			continue;
		}
		i = k;
	}
	return 0;
}

/*
 * Can this block hold only one sentence? When no character that could end a
 * sentence appears before the final run of stops, closing marks and spaces,
 * ICU could only break at the very end, so it need not run. Most lines of a
 * one-sentence-per-line file, and many Chinese paragraphs, take this path.
 * Only characters known to be neither STerm nor ATerm count as safe; any
 * other (a full stop inside, an ellipsis, another script) sends the block to
 * ICU.
 */
static int plainly_one_sentence(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;
	int in_final_run = 0;

	/* Byte by byte where the bytes tell enough: this runs on every block. */
	while (i < len) {
		unsigned char c = s[i];
		uint32_t cp;
		int stop, safe;

		if (!in_final_run && c < 0x80 && c != '.' && c != '!' && c != '?') {
			i++;
			continue;
		}
		if (!in_final_run && c >= 0xE4 && c <= 0xE9) {
			i += 3; /* U+4000..U+9FFF: Han */
			continue;
		}
		cp = utf8_next(str, len, &i);
		stop = cp == '.' || cp == '!' || cp == '?' || cp == 0x3002 || cp == 0xFF01 ||
		       cp == 0xFF1F;
		if (stop) {
			in_final_run = 1;
			continue;
		}
		if (in_final_run) {
			if (is_space(cp) || is_closing(cp))
				continue;
			return 0;
		}
		safe = (cp >= 0x80 && cp <= 0x2FF) || (cp >= 0x2010 && cp <= 0x2025) ||
		       (cp >= 0x2027 && cp <= 0x203B) || (cp >= 0x3000 && cp <= 0x3001) ||
		       (cp >= 0x3003 && cp <= 0x303F) || (cp >= 0x3400 && cp <= 0x4DBF) ||
		       (cp >= 0xFF02 && cp <= 0xFF0D) || (cp >= 0xFF0F && cp <= 0xFF1E) ||
		       (cp >= 0xFF20 && cp <= 0xFF60);
		if (!safe)
			return 0;
	}
	return 1;
}

static int compare_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return x < y ? -1 : x > y;
}

/* Is there white space to collapse: a tab, two spaces, an ideographic or
 * zero-width space? Byte by byte, since most sentences have none. */
static int needs_collapse(const char *str, size_t len)
{
	/* Bytes that may start something to collapse; all others are skipped
	 * with one table look-up. */
	static const unsigned char starts[256] = {
		['\t'] = 1, ['\v'] = 1, ['\f'] = 1, [' '] = 1, [0xE2] = 1, [0xE3] = 1,
	};
	const unsigned char *s = (const unsigned char *)str;
	size_t i;

	for (i = 0; i < len; i++) {
		unsigned char c = s[i];
		if (!starts[c])
			continue;
		if (c == '\t' || c == '\f' || c == '\v' || (c == ' ' && i + 1 < len && s[i + 1] == ' '))
			return 1;
		if (c == 0xE3 && i + 2 < len && s[i + 1] == 0x80 && s[i + 2] == 0x80)
			return 1;
		if (c == 0xE2 && i + 2 < len && s[i + 1] == 0x80 && s[i + 2] == 0x8B)
			return 1;
	}
	return 0;
}

/* Emit s[from..to) as a sentence, trimmed, with white space runs collapsed. */
static int emit_sentence(sy_segmenter *seg, const sy_block *block, size_t from, size_t to,
			 sy_sentence_fn fn, void *userdata, sy_error *err)
{
	const char *s = block->text;
	size_t i, n = 0;
	int space = 0, rc;
	sy_sentence sentence;

	from = skip_spaces(s, to, from);
	while (to > from) {
		size_t k = to;
		if (!is_space(utf8_prev(s, &k)))
			break;
		to = k;
	}
	if (to <= from)
		return SY_OK;
	if (grow(&seg->out, &seg->out_cap, to - from + 1, 1))
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	if (!needs_collapse(s + from, to - from)) {
		memcpy(seg->out, s + from, to - from);
		n = to - from;
	} else {
		for (i = from; i < to;) {
			size_t k = i;
			uint32_t c = utf8_next(s, to, &k);
			if (c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == 0x3000 || c == 0x200B) {
				space = 1;
			} else {
				if (space)
					seg->out[n++] = ' ';
				space = 0;
				memcpy(seg->out + n, s + i, k - i);
				n += k - i;
			}
			i = k;
		}
	}
	seg->out[n] = '\0';
	sentence.index = seg->next_index++;
	sentence.text = seg->out;
	sentence.len = n;
	sentence.start = sy_block_source_offset(block, from);
	sentence.end = sy_block_source_offset(block, to - 1) + 1;
	sentence.block = block;
	rc = fn(&sentence, userdata);
	if (rc && err->code == SY_OK)
		sy_error_set(err, rc, "stopped");
	return rc;
}

int sy_segment_block(sy_segmenter *seg, const sy_block *block, sy_sentence_fn fn, void *userdata,
		     sy_error *err)
{
	UErrorCode uerr = U_ZERO_ERROR;
	const char *s = block->text;
	size_t len = block->text_len, i, from = 0;
	int32_t b;
	int rc;

	if (!len)
		return SY_OK;
	seg->n_cuts = 0;
	if (block->n_breaks || !plainly_one_sentence(s, len)) {
		int32_t u16_len;
		size_t u8 = 0, u16 = 0;

		if (len > INT32_MAX / 2)
			return sy_error_set(err, SY_EINPUT, "a paragraph of %zu bytes is too long to segment",
					    len);
		if (grow(&seg->u16, &seg->u16_cap, len + 1, sizeof(UChar)))
			return sy_error_set(err, SY_ENOMEM, "out of memory");
		u_strFromUTF8(seg->u16, (int32_t)seg->u16_cap, &u16_len, s, (int32_t)len, &uerr);
		ubrk_setText(seg->bi, seg->u16, u16_len, &uerr);
		if (U_FAILURE(uerr))
			return sy_error_set(err, SY_EINTERNAL, "ICU sentence break: %s",
					    u_errorName(uerr));
		ubrk_first(seg->bi);
		while ((b = ubrk_next(seg->bi)) != UBRK_DONE) {
			size_t cut;
			/* Walk the UTF-8 text along to the UTF-16 index ICU gave. */
			while (u16 < (size_t)b && u8 < len) {
				uint32_t c = utf8_next(s, len, &u8);
				u16 += c > 0xFFFF ? 2 : 1;
			}
			cut = u8;
			if (cut < len) {
				cut = check_cut(s, len, cut);
				if (!cut)
					continue;
			}
			if (grow(&seg->cuts, &seg->cuts_cap, seg->n_cuts + 1, sizeof(size_t)))
				return sy_error_set(err, SY_ENOMEM, "out of memory");
			seg->cuts[seg->n_cuts++] = cut;
		}
	}
	for (i = 0; i < block->n_breaks; i++) {
		if (grow(&seg->cuts, &seg->cuts_cap, seg->n_cuts + 1, sizeof(size_t)))
			return sy_error_set(err, SY_ENOMEM, "out of memory");
		seg->cuts[seg->n_cuts++] = block->breaks[i];
	}
	if (memchr(s, 0xE2, len) && add_ellipsis_cuts(seg, s, len))
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	if (block->n_breaks || seg->n_cuts > 1)
		qsort(seg->cuts, seg->n_cuts, sizeof(size_t), compare_size);
	for (i = 0; i < seg->n_cuts; i++) {
		size_t cut = seg->cuts[i];
		if (cut <= from)
			continue;
		rc = emit_sentence(seg, block, from, cut, fn, userdata, err);
		if (rc)
			return rc;
		from = cut;
	}
	if (from < len)
		return emit_sentence(seg, block, from, len, fn, userdata, err);
	return SY_OK;
}

int sy_segmenter_new(sy_segmenter **out, sy_error *err)
{
	UErrorCode uerr = U_ZERO_ERROR;
	sy_segmenter *seg = calloc(1, sizeof(*seg));

	*out = NULL;
	if (!seg)
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	/* "ss=standard" turns on ICU's own list of abbreviations (Mr., U.S., ...). */
	seg->bi = ubrk_open(UBRK_SENTENCE, "en@ss=standard", NULL, 0, &uerr);
	if (U_FAILURE(uerr)) {
		free(seg);
		return sy_error_set(err, SY_EINTERNAL, "ICU: cannot open a sentence break iterator: %s",
				    u_errorName(uerr));
	}
	*out = seg;
	return SY_OK;
}

void sy_segmenter_free(sy_segmenter *seg)
{
	if (!seg)
		return;
	ubrk_close(seg->bi);
	free(seg->u16);
	free(seg->cuts);
	free(seg->out);
	free(seg);
}

/* ---- the front of the pipeline ------------------------------------------ */

typedef struct pipeline {
	sy_segmenter *seg;
	sy_sentence_fn fn;
	void *userdata;
	sy_error *err;
} pipeline;

static int on_block(const sy_block *block, void *userdata)
{
	pipeline *p = userdata;
	return sy_segment_block(p->seg, block, p->fn, p->userdata, p->err);
}

int sy_segment_reader(sy_reader *reader, sy_sentence_fn fn, void *userdata, sy_error *err)
{
	sy_structure *st = NULL;
	pipeline p;
	int rc;

	sy_error_clear(err);
	p.fn = fn;
	p.userdata = userdata;
	p.err = err;
	rc = sy_segmenter_new(&p.seg, err);
	if (rc)
		return rc;
	rc = sy_structure_new(&st, on_block, &p, err);
	while (!rc) {
		const char *line;
		size_t n, offset;

		rc = sy_reader_next_line(reader, &line, &n, &offset, err);
		if (rc || !line)
			break;
		rc = sy_structure_line(st, line, n, offset, err);
	}
	if (!rc)
		rc = sy_structure_finish(st, err);
	sy_structure_free(st);
	sy_segmenter_free(p.seg);
	return rc;
}

int sy_segment_file(const char *path, const sy_decode_options *opt, sy_sentence_fn fn,
		    void *userdata, sy_error *err)
{
	sy_reader *reader;
	int rc = sy_reader_open(&reader, path, opt, err);

	if (rc)
		return rc;
	rc = sy_segment_reader(reader, fn, userdata, err);
	sy_reader_close(reader);
	return rc;
}

/* ---- sentence lists ------------------------------------------------------ */

static int collect(const sy_sentence *sentence, void *userdata)
{
	sy_sentence_list *list = userdata;
	sy_sentence_rec *rec;

	if (grow(&list->items, &list->cap, list->count + 1, sizeof(*list->items)))
		return SY_ENOMEM;
	rec = &list->items[list->count];
	rec->text = malloc(sentence->len + 1);
	if (!rec->text)
		return SY_ENOMEM;
	memcpy(rec->text, sentence->text, sentence->len + 1);
	rec->len = sentence->len;
	rec->start = sentence->start;
	rec->end = sentence->end;
	rec->block_id = sentence->block->id;
	rec->kind = sentence->block->kind;
	snprintf(rec->number, sizeof(rec->number), "%s", sentence->block->number);
	list->count++;
	return 0;
}

static int list_from_reader(sy_sentence_list *list, sy_reader *reader, sy_error *err)
{
	int rc;

	snprintf(list->encoding, sizeof(list->encoding), "%s", sy_reader_encoding(reader));
	rc = sy_segment_reader(reader, collect, list, err);
	if (rc == SY_ENOMEM)
		sy_error_set(err, SY_ENOMEM, "%s: out of memory", sy_reader_name(reader));
	if (rc)
		sy_sentence_list_free(list);
	return rc;
}

int sy_sentence_list_from_file(sy_sentence_list *list, const char *path,
			       const sy_decode_options *opt, sy_error *err)
{
	sy_reader *reader;
	int rc;

	memset(list, 0, sizeof(*list));
	rc = sy_reader_open(&reader, path, opt, err);
	if (rc)
		return rc;
	rc = list_from_reader(list, reader, err);
	sy_reader_close(reader);
	return rc;
}

int sy_sentence_list_from_memory(sy_sentence_list *list, const char *bytes, size_t len,
				 const char *name, const sy_decode_options *opt, sy_error *err)
{
	sy_reader *reader;
	int rc;

	memset(list, 0, sizeof(*list));
	rc = sy_reader_open_memory(&reader, bytes, len, name, opt, err);
	if (rc)
		return rc;
	rc = list_from_reader(list, reader, err);
	sy_reader_close(reader);
	return rc;
}

/*
 * Presegmented text: each line is one sentence, as a translator's tools
 * export it, and the line number is the sentence number (empty lines
 * included, so that indices still name lines).
 */
static int list_from_lines(sy_sentence_list *list, sy_reader *reader, sy_error *err)
{
	const char *line;
	size_t len, offset;
	int rc;

	snprintf(list->encoding, sizeof(list->encoding), "%s", sy_reader_encoding(reader));
	for (;;) {
		sy_sentence_rec *rec;

		rc = sy_reader_next_line(reader, &line, &len, &offset, err);
		if (rc || !line)
			break;
		if (grow(&list->items, &list->cap, list->count + 1, sizeof(*list->items)) ||
		    !(list->items[list->count].text = malloc(len + 1))) {
			rc = sy_error_set(err, SY_ENOMEM, "%s: out of memory", sy_reader_name(reader));
			break;
		}
		rec = &list->items[list->count];
		memcpy(rec->text, line, len);
		rec->text[len] = '\0';
		rec->len = len;
		rec->start = offset;
		rec->end = offset + len;
		rec->block_id = list->count;
		rec->kind = SY_BLOCK_PARAGRAPH;
		rec->number[0] = '\0';
		list->count++;
	}
	if (rc)
		sy_sentence_list_free(list);
	return rc;
}

int sy_sentence_list_from_lines(sy_sentence_list *list, const char *path,
				const sy_decode_options *opt, sy_error *err)
{
	sy_reader *reader;
	int rc;

	memset(list, 0, sizeof(*list));
	rc = sy_reader_open(&reader, path, opt, err);
	if (rc)
		return rc;
	rc = list_from_lines(list, reader, err);
	sy_reader_close(reader);
	return rc;
}

int sy_sentence_list_lines_from_memory(sy_sentence_list *list, const char *bytes, size_t len,
				       const char *name, const sy_decode_options *opt, sy_error *err)
{
	sy_reader *reader;
	int rc;

	memset(list, 0, sizeof(*list));
	rc = sy_reader_open_memory(&reader, bytes, len, name, opt, err);
	if (rc)
		return rc;
	rc = list_from_lines(list, reader, err);
	sy_reader_close(reader);
	return rc;
}

void sy_sentence_list_free(sy_sentence_list *list)
{
	size_t i;

	if (!list)
		return;
	for (i = 0; i < list->count; i++)
		free(list->items[i].text);
	free(list->items);
	memset(list, 0, sizeof(*list));
}
