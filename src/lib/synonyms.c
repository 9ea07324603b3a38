/*
 * synonyms.c - WordNet's senses of English words (see synonyms.h): where
 * term extraction finds a synonym or a derived form of CC-CEDICT's gloss
 * in the English (专题 "specific topic" / thematic).
 *
 * A word is taken in its most common sense only: WordNet orders a word's
 * senses by how often they were tagged in a corpus, and its rarer senses
 * relate it to words it seldom means (subject is "open" as an adjective;
 * consequence is "issue" in its first sense, but issue is mostly "a
 * question in dispute"). Two words are related when their most common
 * senses are the same synset, or when WordNet gives the one in its most
 * common sense as derivationally related to the other in its own (both
 * ways: theme, thematic; topic, topical), or as pertaining to it. The
 * synset of theme holds topic and subject too. One exception: the word of
 * the text, as an adjective, is read in each of its senses, and a
 * satellite as the head it is similar to too (adjective_senses): an
 * adjective's commonest sense is often an evaluative one that no term
 * has (critical, "inclined to judge severely"; critical infrastructure is
 * "critical, decisive", similar to crucial). The gloss, in its commonest
 * sense, meets the head it is similar to as well (synonyms_head_of:
 * fundamental and essential are both near "important").
 *
 * The library looks words up by a binary search that reads each line it
 * passes one character at a time, through stdio: some two thousand
 * system calls a word. The index files and the first senses' tag counts
 * are hashed here instead, once, from mappings; the library still parses
 * the synsets, from the data files, mapped too. It trusts its files: their
 * lines are checked here before it reads them, and where an index file is
 * cut short or garbled WordNet is taken to be missing.
 */
#include "synonyms.h"

#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <wn.h>

#include "util.h"

static pthread_mutex_t wordnet_lock = PTHREAD_MUTEX_INITIALIZER;
static int wordnet_state; /* 0 not tried, 1 open, -1 missing */

/* libwordnet prints its complaints through this hook; a library is silent. */
static int quiet(char *message)
{
	(void)message;
	return -1;
}

/* Map the file name in dir, for as long as the process lasts; NULL when
 * it cannot be (missing, empty). */
static void *map_file(const char *dir, const char *name, size_t *size)
{
	char path[512];
	struct stat st;
	void *at;
	int fd;

	if (snprintf(path, sizeof path, "%s/%s", dir, name) >= (int)sizeof path)
		return NULL;
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return NULL;
	if (fstat(fd, &st) || st.st_size <= 0) {
		close(fd);
		return NULL;
	}
	at = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (at == MAP_FAILED)
		return NULL;
	*size = (size_t)st.st_size;
	return at;
}

/*
 * Read the file name in dir from memory: the file is mapped, and a memory
 * stream over it, with a short buffer (each seek refills it), replaces the
 * library's stream, in which each seek of the binary search empties the
 * buffer and reads again (glibc's mapped "rm" streams still ask lseek and
 * fstat at each seek). The mapping lasts as long as the process, as the
 * library's streams do; *text and *size give it when asked. Where this
 * fails, the library's stream is kept and *text stays NULL.
 */
static void map_stream(FILE **stream, const char *dir, const char *name, const char **text, size_t *size)
{
	size_t len = 0;
	void *at = *stream ? map_file(dir, name, &len) : NULL;
	FILE *mapped;

	if (!at)
		return;
	mapped = fmemopen(at, len, "r");
	if (mapped && setvbuf(mapped, NULL, _IOFBF, 256)) {
		fclose(mapped);
		mapped = NULL;
	}
	if (!mapped) {
		munmap(at, len);
		return;
	}
	fclose(*stream);
	*stream = mapped;
	if (text) {
		*text = at;
		*size = len;
	}
}

/*
 * The index files, hashed: where each word's line begins, per part of
 * speech (0: an empty slot, else the offset + 1). The library's own look-up
 * is a binary search that reads each line it passes one character at a
 * time; a word's most common sense asks all four parts, and extraction
 * asks thousands of words.
 */
static const char *index_text[NUMPARTS + 1];
static size_t index_size[NUMPARTS + 1];
/* The data files, mapped: a synset's line is checked before the library
 * reads it. */
static const char *data_text[NUMPARTS + 1];
static size_t data_size[NUMPARTS + 1];
static uint32_t *index_slots[NUMPARTS + 1];
static size_t index_mask[NUMPARTS + 1];

static size_t word_hash(const char *w, size_t n)
{
	return (size_t)util_fnv1a(UTIL_FNV_START, w, n);
}

/* Slots for a table of the lines of a mapped file (text[0..size)), twice
 * as many as its lines and a power of two, all empty; *mask is their
 * number less one. NULL when out of memory or too large for 32-bit
 * offsets: the caller then leaves the look-ups to the library. */
static void *line_slots(const char *text, size_t size, size_t elem, size_t *mask)
{
	const char *at;
	size_t lines = 0, cap = 1;
	void *slots;

	if (!text || size >= UINT32_MAX)
		return NULL;
	for (at = text; at < text + size; at++)
		lines += *at == '\n';
	while (cap < 2 * lines + 2)
		cap *= 2;
	slots = calloc(cap, elem);
	if (slots)
		*mask = cap - 1;
	return slots;
}

/*
 * The library parses the lines of its files with strtok and atoi, and
 * takes each field it expects without looking whether it is there: a line
 * cut short or garbled (a truncated or corrupt file) has it read through a
 * null pointer, and a part of speech it does not know makes it exit. It
 * reads a line into a buffer of LINEBUF characters, and parses the rest of
 * a longer one as the next. So the lines are checked here before the
 * library reads them: every line of the index files when WordNet is
 * opened (parse_synset looks up each word of the synset it reads, any
 * word), and a synset's line before it is read.
 *
 * A field: the next run of characters other than space and newline in
 * [*at, end), as strtok cuts them.
 */
static int next_field(const char **at, const char *end, const char **field, size_t *len)
{
	const char *p = *at;

	while (p < end && (*p == ' ' || *p == '\n'))
		p++;
	if (p == end)
		return 0;
	*field = p;
	while (p < end && *p != ' ' && *p != '\n')
		p++;
	*len = (size_t)(p - *field);
	*at = p;
	return 1;
}

/* The next field as a number in base 10 or 16, digits only and no more
 * than eight of them (an offset); -1 if it is none. */
static long next_number(const char **at, const char *end, int base)
{
	const char *field;
	size_t len, i;
	long value = 0;

	if (!next_field(at, end, &field, &len) || len > 8)
		return -1;
	for (i = 0; i < len; i++) {
		char c = field[i];
		if (c >= '0' && c <= '9')
			value = value * base + (c - '0');
		else if (base == 16 && c >= 'a' && c <= 'f')
			value = value * base + (c - 'a' + 10);
		else
			return -1;
	}
	return value;
}

/* Does an index line hold every field parse_index reads: the lemma, its
 * part of speech, the synset count, the count of pointer symbols and as
 * many symbols, the sense count, the tagged sense count, and as many
 * offsets as the sense count says? */
static int index_line_whole(const char *line, size_t len)
{
	const char *at = line, *end = line + len, *field;
	size_t field_len;
	long pointers, senses, i;

	if (!next_field(&at, end, &field, &field_len) || !next_field(&at, end, &field, &field_len) ||
	    next_number(&at, end, 10) < 0)
		return 0;
	pointers = next_number(&at, end, 10);
	if (pointers < 0)
		return 0;
	for (i = 0; i < pointers; i++)
		if (!next_field(&at, end, &field, &field_len))
			return 0;
	senses = next_number(&at, end, 10);
	if (senses < 0 || next_number(&at, end, 10) < 0)
		return 0;
	for (i = 0; i < senses; i++)
		if (next_number(&at, end, 10) < 0)
			return 0;
	return 1;
}

/* Every line of the mapped index file of pos whole (index_line_whole),
 * the licence at the top aside? 1 too when the file is not mapped: the
 * library reads it unchecked. */
static int index_whole(int pos)
{
	const char *line = index_text[pos], *end;

	if (!line)
		return 1;
	for (end = line + index_size[pos]; line < end;) {
		const char *nl = memchr(line, '\n', (size_t)(end - line));
		if (!nl || nl - line >= LINEBUF - 1 || (*line != ' ' && !index_line_whole(line, (size_t)(nl - line))))
			return 0;
		line = nl + 1;
	}
	return 1;
}

/* Is the hex field [field, + len) four digits, two numbers of two (a
 * pointer's source and target words, read by "%2x%2x")? */
static int source_target(const char *field, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (!((field[i] >= '0' && field[i] <= '9') || (field[i] >= 'a' && field[i] <= 'f')))
			return 0;
	return len == 4;
}

/* Is c a part of speech parse_synset knows (getpos, getsstype), and, when
 * pos is not 0, that of a synset in pos's data file? */
static int part_of_speech(char c, int pos)
{
	switch (c) {
	case 'n':
		return !pos || pos == NOUN;
	case 'v':
		return !pos || pos == VERB;
	case 'a':
	case 's':
		return !pos || pos == ADJ;
	case 'r':
		return !pos || pos == ADV;
	default:
		return 0;
	}
}

/*
 * Does the mapped data file of pos hold, at offset, the whole line of a
 * synset as parse_synset reads it: its offset, lexicographer file, type,
 * its words with their lexical ids, its pointers (symbol, offset, part of
 * speech, source and target), a verb's frames, then the gloss after "|"?
 * 1 too when the file is not mapped: the library reads it unchecked. 0
 * past the end (the library finds no synset there either).
 */
static int synset_line_whole(int pos, long offset)
{
	const char *text = data_text[pos], *at, *end, *field;
	size_t len;
	long words, pointers, frames, i;

	if (!text)
		return 1;
	if (offset < 0 || (size_t)offset >= data_size[pos] || (offset > 0 && text[offset - 1] != '\n'))
		return 0;
	at = text + offset;
	end = memchr(at, '\n', data_size[pos] - (size_t)offset);
	if (!end || end - at >= LINEBUF - 1)
		return 0;
	if (next_number(&at, end, 10) != offset || next_number(&at, end, 10) < 0 ||
	    !next_field(&at, end, &field, &len) || len != 1 || !part_of_speech(*field, pos))
		return 0;
	words = next_number(&at, end, 16);
	if (words < 1)
		return 0;
	for (i = 0; i < words; i++)
		if (!next_field(&at, end, &field, &len) || next_number(&at, end, 16) < 0)
			return 0;
	pointers = next_number(&at, end, 10);
	if (pointers < 0)
		return 0;
	for (i = 0; i < pointers; i++)
		if (!next_field(&at, end, &field, &len) || next_number(&at, end, 10) < 0 ||
		    !next_field(&at, end, &field, &len) || len != 1 || !part_of_speech(*field, 0) ||
		    !next_field(&at, end, &field, &len) || !source_target(field, len))
			return 0;
	if (pos == VERB) {
		frames = next_number(&at, end, 10);
		if (frames < 0)
			return 0;
		for (i = 0; i < frames; i++)
			if (!next_field(&at, end, &field, &len) || len != 1 || *field != '+' ||
			    next_number(&at, end, 10) < 0 || next_number(&at, end, 16) < 0)
				return 0;
	}
	return next_field(&at, end, &field, &len) && len == 1 && *field == '|';
}

/* The lines of a mapped file (text[0..size)) by their first field, in
 * slots line_slots makes: each word's line offset + 1, 0 empty. Indented
 * lines (the licence at the top of an index file) are left out. NULL when
 * out of memory or too large. */
static uint32_t *hash_lines(const char *t, size_t size, size_t *mask)
{
	uint32_t *slots = line_slots(t, size, sizeof(*slots), mask);
	const char *end = t + size, *line;

	if (!slots)
		return NULL;
	for (line = t; line < end;) {
		const char *nl = memchr(line, '\n', (size_t)(end - line)), *sp;
		if (!nl)
			nl = end;
		sp = memchr(line, ' ', (size_t)(nl - line));
		if (*line != ' ' && sp) {
			size_t h = word_hash(line, (size_t)(sp - line)) & *mask;
			while (slots[h])
				h = (h + 1) & *mask;
			slots[h] = (uint32_t)(line - t) + 1;
		}
		line = nl + 1;
	}
	return slots;
}

/* The line of text[0..size) whose first field is word[0..n), up to its
 * newline (*len); NULL if there is none. */
static const char *find_line(const char *text, size_t size, const uint32_t *slots, size_t mask,
			     const char *word, size_t n, size_t *len)
{
	size_t h;

	for (h = word_hash(word, n) & mask; slots[h]; h = (h + 1) & mask) {
		const char *line = text + slots[h] - 1, *end = text + size;
		if ((size_t)(end - line) > n && line[n] == ' ' && !memcmp(line, word, n)) {
			const char *nl = memchr(line, '\n', (size_t)(end - line));
			*len = nl ? (size_t)(nl - line) : (size_t)(end - line);
			return line;
		}
	}
	return NULL;
}

/* Hash the mapped index file of pos; where it fails, the library looks up. */
static void hash_index(int pos)
{
	index_slots[pos] = hash_lines(index_text[pos], index_size[pos], &index_mask[pos]);
}

/* The index line of word (its length n) in part pos, up to its newline;
 * NULL if there is none. *found says whether the hash could tell: if not,
 * the caller asks the library. */
static const char *index_line(int pos, const char *word, size_t n, size_t *len, int *found)
{
	*found = index_slots[pos] != NULL;
	return *found ? find_line(index_text[pos], index_size[pos], index_slots[pos], index_mask[pos], word, n, len)
		      : NULL;
}

/*
 * The counts of first senses in the tagged corpus (cntlist.rev: "sense key,
 * sense number, count"), hashed by lemma and part of speech: the library's
 * GetTagcnt builds the sense key from the synset, which it reads from the
 * data file, then searches the count file, for each word asked. A
 * satellite adjective (5) is an adjective (3).
 */
typedef struct first_count {
	uint32_t at;    /* the lemma's offset in the file, + 1; 0 = empty */
	uint16_t len;   /* its length */
	uint16_t pos;
	uint32_t count;
} first_count;

static const char *count_text;
static size_t count_size;
static first_count *count_slots;
static size_t count_mask;

/* The count at [at, end): its digits, up to the line's end. strtoul would
 * read on past the end of a last line cut short (the mapping is not a
 * string) and into the next line after a missing count; a count beyond an
 * int (the library's type) is taken as INT_MAX. */
static uint32_t line_count(const char *at, const char *end)
{
	uint32_t count = 0;

	for (; at < end && *at >= '0' && *at <= '9'; at++) {
		if (count > (INT_MAX - (uint32_t)(*at - '0')) / 10)
			return INT_MAX;
		count = count * 10 + (uint32_t)(*at - '0');
	}
	return count;
}

static void hash_counts(void)
{
	const char *t = count_text, *end, *line;

	count_slots = line_slots(t, count_size, sizeof(*count_slots), &count_mask);
	if (!count_slots)
		return;
	end = t + count_size;
	for (line = t; line < end;) {
		const char *nl = memchr(line, '\n', (size_t)(end - line)), *pct, *sp;
		if (!nl)
			nl = end;
		pct = memchr(line, '%', (size_t)(nl - line));
		sp = memchr(line, ' ', (size_t)(nl - line));
		/* effect%1:19:00:: 1 101: the noun effect's first sense, 101. */
		if (pct && sp && pct + 1 < sp && sp + 2 < nl && sp[1] == '1' && sp[2] == ' ' && pct - line < 65535) {
			int pos = pct[1] - '0';
			size_t h;
			if (pos == SATELLITE)
				pos = ADJ;
			h = word_hash(line, (size_t)(pct - line)) & count_mask;
			while (count_slots[h].at)
				h = (h + 1) & count_mask;
			count_slots[h].at = (uint32_t)(line - t) + 1;
			count_slots[h].len = (uint16_t)(pct - line);
			count_slots[h].pos = (uint16_t)pos;
			count_slots[h].count = line_count(sp + 3, nl);
		}
		line = nl + 1;
	}
}

/* How often the first sense of word (n long) in part pos was tagged; the
 * library's answer where the counts could not be hashed. */
static int first_sense_count(IndexPtr idx, int pos, const char *word, size_t n)
{
	size_t h;

	if (!count_slots)
		return GetTagcnt(idx, 1);
	for (h = word_hash(word, n) & count_mask; count_slots[h].at; h = (h + 1) & count_mask) {
		const first_count *c = &count_slots[h];
		if (c->len == n && c->pos == pos && !memcmp(count_text + c->at - 1, word, n))
			return (int)c->count;
	}
	return 0;
}

/*
 * The exception lists (noun.exc: "mice mouse"; verb.exc: "saw see"), mapped
 * and hashed as the index files are: WordNet's morphstr reads them, and
 * the index, a character at a time with a seek for each line it passes,
 * some 0.1 ms a word, and the lemmatizer asks it of every inflected word
 * (base_forms below does its work from these tables).
 */
static const char *exc_text[NUMPARTS + 1];
static size_t exc_size[NUMPARTS + 1];
static uint32_t *exc_slots[NUMPARTS + 1];
static size_t exc_mask[NUMPARTS + 1];

static void hash_exceptions(const char *dir)
{
	char name[32];
	int pos;

	for (pos = NOUN; pos <= ADJ; pos++) {
		snprintf(name, sizeof name, "%s.exc", partnames[pos]);
		exc_text[pos] = map_file(dir, name, &exc_size[pos]);
		if (exc_text[pos])
			exc_slots[pos] = hash_lines(exc_text[pos], exc_size[pos], &exc_mask[pos]);
	}
}

/* Open WordNet once; the caller holds the lock. */
static int wordnet_open(void)
{
	if (!wordnet_state) {
		display_message = quiet;
		wordnet_state = wninit() == 0 ? 1 : -1;
		if (wordnet_state == 1) {
			const char *dir = SetSearchdir();
			char name[32];
			int pos;
			for (pos = 1; pos <= NUMPARTS && wordnet_state == 1; pos++) {
				snprintf(name, sizeof name, "index.%s", partnames[pos]);
				map_stream(&indexfps[pos], dir, name, &index_text[pos], &index_size[pos]);
				snprintf(name, sizeof name, "data.%s", partnames[pos]);
				map_stream(&datafps[pos], dir, name, &data_text[pos], &data_size[pos]);
				/* A file cut short or garbled would crash the
				 * library: no synonyms then, as without WordNet,
				 * and nothing more to read. */
				if (!index_whole(pos))
					wordnet_state = -1;
				else
					hash_index(pos);
			}
			if (wordnet_state == 1) {
				map_stream(&cntlistfp, dir, "cntlist.rev", &count_text, &count_size);
				hash_counts();
				hash_exceptions(dir);
			}
		}
	}
	return wordnet_state == 1;
}

int synonyms_available(void)
{
	int open;

	pthread_mutex_lock(&wordnet_lock);
	open = wordnet_open();
	pthread_mutex_unlock(&wordnet_lock);
	return open;
}

static synonyms_sense sense_of(int pos, long offset)
{
	return (synonyms_sense)pos << 32 | (synonyms_sense)(uint32_t)offset;
}

/* The index entry of word in part pos, with one sense at least; NULL if
 * there is none. The caller holds the lock, and frees it (free_index). */
static IndexPtr index_of(int pos, char *word)
{
	size_t len = 0;
	int hashed;
	const char *line = index_line(pos, word, strlen(word), &len, &hashed);
	IndexPtr idx;

	if (hashed) {
		/* The library parses the line it is given; it needs a string
		 * of its own, as long as its own buffer, which index_whole let
		 * no longer line through: a shorter one would lose a word the
		 * library's look-up finds. */
		char copy[LINEBUF];
		if (!line || len >= sizeof copy)
			return NULL;
		memcpy(copy, line, len);
		copy[len] = '\0';
		idx = parse_index((long)(line - index_text[pos]), pos, copy);
	} else {
		idx = index_lookup(word, pos);
	}
	if (idx && idx->off_cnt <= 0) {
		free_index(idx);
		idx = NULL;
	}
	return idx;
}

/* A word's most common sense: the first sense of the part of speech whose
 * first sense WordNet's sense-tagged corpus counts most often (effect:
 * the noun, "a phenomenon that follows and is caused by some previous
 * phenomenon", not the verb); with no counts, a noun before an adjective,
 * a verb, an adverb. The counts are asked only of a word of several parts
 * of speech. 1 with *pos and *offset, 0 if WordNet lacks the word. The
 * caller holds the lock. */
static int main_sense(char *word, int *pos, long *offset)
{
	static const int order[] = {NOUN, ADJ, VERB, ADV};
	IndexPtr found[4] = {NULL, NULL, NULL, NULL};
	int best = -1, parts = 0;
	size_t i;

	for (i = 0; i < 4; i++) {
		found[i] = index_of(order[i], word);
		parts += found[i] != NULL;
	}
	for (i = 0; i < 4; i++) {
		int count;
		if (!found[i])
			continue;
		count = parts > 1 ? first_sense_count(found[i], order[i], word, strlen(word)) : 0;
		if (count > best) {
			best = count;
			*pos = order[i];
			*offset = (long)found[i]->offset[0];
		}
		free_index(found[i]);
	}
	return best >= 0;
}

/* word[0..n) as a C string in buf, when it is one plain word (no space)
 * that fits; upper case folded. */
static int plain_word(const char *word, size_t n, char *buf, size_t size)
{
	size_t i;

	if (n == 0 || n >= size || memchr(word, ' ', n))
		return 0;
	for (i = 0; i < n; i++)
		buf[i] = (char)(word[i] >= 'A' && word[i] <= 'Z' ? word[i] - 'A' + 'a' : word[i]);
	buf[n] = '\0';
	return 1;
}

int synonyms_main_sense(const char *word, size_t n, synonyms_sense *sense)
{
	char buf[64];
	int pos, found = 0;
	long offset;

	if (!plain_word(word, n, buf, sizeof buf))
		return 0;
	pthread_mutex_lock(&wordnet_lock);
	if (wordnet_open() && main_sense(buf, &pos, &offset)) {
		*sense = sense_of(pos, offset);
		found = 1;
	}
	pthread_mutex_unlock(&wordnet_lock);
	return found;
}

/* The head an adjective satellite s is similar to; 0 for any other synset. */
static synonyms_sense satellite_head(SynsetPtr s)
{
	int i;

	for (i = 0; s && s->pos && !strcmp(s->pos, "s") && i < s->ptrcount; i++)
		if (s->ptrtyp[i] == SIMPTR)
			return sense_of(ADJ, s->ptroff[i]);
	return 0;
}

/*
 * The senses of word as an adjective, each of them, and for a satellite
 * the head it is similar to: critical, in "critical infrastructure", is
 * "critical, decisive", similar to "crucial, important", CC-CEDICT's
 * first gloss of 关键. An English word of a term is taken in any of its
 * adjective senses (its most common one, "inclined to judge severely",
 * is seldom a term's), the gloss in its most common sense only, as
 * synonyms_main_sense gives it. Up to max, after its main sense; the
 * caller holds the lock.
 */
static size_t adjective_senses(char *word, synonyms_sense *senses, size_t max)
{
	IndexPtr idx = index_of(ADJ, word);
	size_t count = 0;
	int k;

	for (k = 0; idx && k < idx->off_cnt && count < max; k++) {
		long offset = (long)idx->offset[k];
		SynsetPtr s = synset_line_whole(ADJ, offset) ? read_synset(ADJ, offset, "") : NULL;
		synonyms_sense head = satellite_head(s);
		senses[count++] = sense_of(ADJ, offset);
		if (head && count < max)
			senses[count++] = head;
		if (s)
			free_synset(s);
	}
	if (idx)
		free_index(idx);
	return count;
}

size_t synonyms_senses_of(const char *word, size_t n, synonyms_sense *senses, size_t max)
{
	char buf[64];
	int pos, i;
	long offset;
	size_t count = 0;
	SynsetPtr s;

	if (max == 0 || !plain_word(word, n, buf, sizeof buf))
		return 0;
	pthread_mutex_lock(&wordnet_lock);
	if (wordnet_open() && main_sense(buf, &pos, &offset)) {
		senses[count++] = sense_of(pos, offset);
		s = synset_line_whole(pos, offset) ? read_synset(pos, offset, "") : NULL;
		/* The pointers from this word of the synset (the derivation
		 * of theme, not of topic, for thematic), or from all of it. */
		for (i = 0; s && i < s->ptrcount && count < max; i++) {
			int to_pos = s->ppos[i] == SATELLITE ? ADJ : s->ppos[i];
			if ((s->ptrtyp[i] != DERIVATION && s->ptrtyp[i] != PERTPTR) || to_pos < NOUN || to_pos > ADV)
				continue;
			if (s->pfrm[i] > 0 && s->pfrm[i] <= s->wcount) {
				/* An adjective's position follows it in brackets. */
				const char *from = s->words[s->pfrm[i] - 1];
				size_t len = strcspn(from, "(");
				if (len != n || strncasecmp(from, buf, n))
					continue;
			}
			senses[count++] = sense_of(to_pos, s->ptroff[i]);
		}
		if (s)
			free_synset(s);
		count += adjective_senses(buf, senses + count, max - count);
	}
	pthread_mutex_unlock(&wordnet_lock);
	return count;
}

int synonyms_adjective(synonyms_sense sense)
{
	return sense >> 32 == ADJ;
}

synonyms_sense synonyms_head_of(synonyms_sense sense)
{
	synonyms_sense head;
	long offset = (long)(uint32_t)sense;
	SynsetPtr s;

	if (!synonyms_adjective(sense))
		return 0;
	pthread_mutex_lock(&wordnet_lock);
	s = wordnet_open() && synset_line_whole(ADJ, offset) ? read_synset(ADJ, offset, "") : NULL;
	head = satellite_head(s);
	if (s)
		free_synset(s);
	pthread_mutex_unlock(&wordnet_lock);
	return head;
}

/* Does part pos's index list word (as written)? The caller holds the
 * lock, and has opened WordNet. */
static int in_index(int pos, char *word)
{
	size_t len = 0;
	int hashed, found;
	const char *line = index_line(pos, word, strlen(word), &len, &hashed);
	IndexPtr idx;

	if (hashed)
		return line != NULL;
	idx = index_lookup(word, pos);
	found = idx != NULL;
	free_index(idx);
	return found;
}

/* Does WordNet list first (n1 bytes, folded into buf, which has room)
 * and second as one noun? The caller holds the lock. */
static int compound_listed(char *buf, size_t n1, const char *second, size_t n2, size_t size)
{
	size_t i;

	if (n1 + 1 + n2 >= size)
		return 0;
	buf[n1] = '_';
	for (i = 0; i < n2; i++)
		buf[n1 + 1 + i] = (char)(second[i] >= 'A' && second[i] <= 'Z' ? second[i] - 'A' + 'a' : second[i]);
	buf[n1 + 1 + n2] = '\0';
	return in_index(NOUN, buf);
}

int synonyms_is_compound_noun(const char *first, size_t n1, const char *second, size_t n2)
{
	enum { SENSES_MAX = 8 };
	char buf[64], head[64];
	int found = 0, i, w;
	IndexPtr idx;

	/* WordNet writes a compound with an underscore: developing_country. */
	if (!n1 || !n2 || n1 + 1 + n2 >= sizeof buf || memchr(first, '_', n1) || memchr(second, '_', n2) ||
	    !plain_word(first, n1, buf, sizeof buf) || !plain_word(second, n2, head, sizeof head))
		return 0;
	pthread_mutex_lock(&wordnet_lock);
	if (wordnet_open()) {
		found = compound_listed(buf, n1, head, n2, sizeof buf);
		/* Or with a word of one of second's senses in its place
		 * (developing State: State shares a sense with country). */
		idx = found ? NULL : index_of(NOUN, head);
		for (i = 0; idx && !found && i < idx->off_cnt && i < SENSES_MAX; i++) {
			SynsetPtr syn = synset_line_whole(NOUN, (long)idx->offset[i])
						? read_synset(NOUN, (long)idx->offset[i], "")
						: NULL;
			for (w = 0; syn && !found && w < syn->wcount; w++)
				found = strcmp(syn->words[w], head) &&
					compound_listed(buf, n1, syn->words[w], strlen(syn->words[w]), sizeof buf);
			if (syn)
				free_synset(syn);
		}
		if (idx)
			free_index(idx);
	}
	pthread_mutex_unlock(&wordnet_lock);
	return found;
}

/* Does part pos list word, as written or as a base form morphstr finds
 * for it (opposes: oppose)? The caller holds the lock. */
static int listed(int pos, char *word)
{
	char *base = word;
	int first = 1;

	while (base) {
		if (in_index(pos, base))
			return 1;
		base = morphstr(first ? word : NULL, pos);
		first = 0;
	}
	return 0;
}

/* Is word a plural in -s, -es or -ies of a noun WordNet lists? The caller
 * holds the lock. */
static int plural_of_noun(const char *word)
{
	char base[64];
	size_t n = strlen(word);

	if (n < 3 || n >= sizeof base || word[n - 1] != 's')
		return 0;
	memcpy(base, word, n - 1);
	base[n - 1] = '\0';
	if (in_index(NOUN, base))
		return 1;
	if (n > 3 && word[n - 2] == 'e') {
		base[n - 2] = '\0';
		if (in_index(NOUN, base))
			return 1;
		if (n > 4 && word[n - 3] == 'i') {
			base[n - 3] = 'y';
			base[n - 2] = '\0';
			return in_index(NOUN, base);
		}
	}
	return 0;
}

/* Does WordNet list word as part pos and as no other? The word as written
 * first, from the hashed indexes: most words asked are of another part,
 * and morphstr reads its exception files a character at a time. The
 * caller holds the lock, and has opened WordNet. */
static int only_part(int pos, char *word)
{
	static const int parts[] = {NOUN, VERB, ADJ, ADV};
	size_t i;

	for (i = 0; i < 4; i++)
		if (parts[i] != pos && in_index(parts[i], word))
			return 0;
	/* A plural noun, the commonest word in -s asked, without morphstr:
	 * the word less -s or -es, or -ies made -y. */
	if (pos != NOUN && plural_of_noun(word))
		return 0;
	/* An adverb is not inflected: as written, or not at all. */
	if (pos == ADV ? !in_index(ADV, word) : !listed(pos, word))
		return 0;
	for (i = 0; i < 4; i++)
		if (parts[i] != pos && listed(parts[i], word))
			return 0;
	return 1;
}

/* only_part for buf, a plain word, under the lock. */
static int only_part_locked(int pos, char *buf)
{
	int only;

	pthread_mutex_lock(&wordnet_lock);
	only = wordnet_open() && only_part(pos, buf);
	pthread_mutex_unlock(&wordnet_lock);
	return only;
}

/* Add base[0..n) to bases[0..*count) unless it is there. */
static void add_base(char (*bases)[SYNONYMS_WORD], size_t *count, size_t max, const char *base, size_t n)
{
	size_t k;

	if (n >= SYNONYMS_WORD || *count >= max)
		return;
	for (k = 0; k < *count; k++)
		if (!strncmp(bases[k], base, n) && !bases[k][n])
			return;
	memcpy(bases[*count], base, n);
	bases[(*count)++][n] = '\0';
}

/*
 * The bases the exception list of part pos gives the word w[0..n), added:
 * 1 when the list has the word, 0 when not. A word whose first base is
 * itself (verb.exc: "feed feed fee") is its own: morphstr gives nothing
 * more, and none are added. The caller holds the lock, and the list is
 * mapped.
 */
static int exception_bases(int pos, const char *w, size_t n, char (*bases)[SYNONYMS_WORD], size_t *count,
			   size_t max)
{
	size_t len, field_len;
	const char *line = find_line(exc_text[pos], exc_size[pos], exc_slots[pos], exc_mask[pos], w, n, &len);
	const char *at, *end, *field;

	if (!line)
		return 0;
	at = line + n;
	end = line + len;
	if (next_field(&at, end, &field, &field_len) && !(field_len == n && !memcmp(field, w, n)))
		do
			add_base(bases, count, max, field, field_len);
		while (next_field(&at, end, &field, &field_len));
	return 1;
}

/*
 * WordNet's morphology (morph.c's morphstr) for one word w of part pos,
 * from the hashed tables: the bases its exception list gives it, or else
 * the first of its part's detachment rules that leaves a word the index
 * lists. The caller holds the lock, and has opened WordNet; 0 when the
 * exception list is not mapped (the caller asks morphstr).
 */
static int base_forms(int pos, char *w, char (*bases)[SYNONYMS_WORD], size_t *count, size_t max)
{
	static const struct {
		int pos;
		const char *suffix, *ending;
	} rules[] = {
		{NOUN, "s", ""},   {NOUN, "ses", "s"}, {NOUN, "xes", "x"}, {NOUN, "zes", "z"},
		{NOUN, "ches", "ch"}, {NOUN, "shes", "sh"}, {NOUN, "men", "man"}, {NOUN, "ies", "y"},
		{VERB, "s", ""},   {VERB, "ies", "y"}, {VERB, "es", "e"},  {VERB, "es", ""},
		{VERB, "ed", "e"}, {VERB, "ed", ""},   {VERB, "ing", "e"}, {VERB, "ing", ""},
		{ADJ, "er", ""},   {ADJ, "est", ""},   {ADJ, "er", "e"},   {ADJ, "est", "e"},
	};
	size_t n = strlen(w), i;

	if (!exc_slots[pos])
		return 0;
	if (exception_bases(pos, w, n, bases, count, max))
		return 1;
	if (pos == NOUN && (n <= 2 || (n >= 2 && !memcmp(w + n - 2, "ss", 2))))
		return 1;
	for (i = 0; i < sizeof(rules) / sizeof(rules[0]); i++) {
		size_t sn = strlen(rules[i].suffix), en = strlen(rules[i].ending);
		char base[SYNONYMS_WORD];
		if (rules[i].pos != pos || n <= sn || memcmp(w + n - sn, rules[i].suffix, sn) ||
		    n - sn + en >= sizeof base)
			continue;
		memcpy(base, w, n - sn);
		memcpy(base + n - sn, rules[i].ending, en + 1);
		if (in_index(pos, base)) {
			add_base(bases, count, max, base, strlen(base));
			break;
		}
	}
	return 1;
}

/* The bases of w as part pos, added: base_forms's, or else morphstr's.
 * The caller holds the lock, and has opened WordNet. */
static void part_bases(int pos, char *w, char (*bases)[SYNONYMS_WORD], size_t *count, size_t max)
{
	if (base_forms(pos, w, bases, count, max))
		return;
	for (char *b = morphstr(w, pos); b; b = morphstr(NULL, pos))
		add_base(bases, count, max, b, strlen(b));
}

size_t synonyms_base_forms(const char *word, size_t n, char (*bases)[SYNONYMS_WORD], size_t max)
{
	static const int parts[] = {NOUN, VERB, ADJ};
	char buf[SYNONYMS_WORD];
	size_t count = 0, i;

	if (!plain_word(word, n, buf, sizeof buf))
		return 0;
	pthread_mutex_lock(&wordnet_lock);
	for (i = 0; i < 3 && wordnet_open(); i++)
		part_bases(parts[i], buf, bases, &count, max);
	pthread_mutex_unlock(&wordnet_lock);
	return count;
}

/* Is a noun sense of hyper (its index entry) the direct hypernym of a
 * noun sense of word, as written? The caller holds the lock, and has
 * opened WordNet. */
static int noun_hypernym(char *word, IndexPtr hyper)
{
	IndexPtr idx = index_of(NOUN, word);
	int k, i, m, found = 0;

	for (k = 0; idx && k < idx->off_cnt && !found; k++) {
		long offset = (long)idx->offset[k];
		SynsetPtr s = synset_line_whole(NOUN, offset) ? read_synset(NOUN, offset, "") : NULL;
		for (i = 0; s && i < s->ptrcount && !found; i++)
			for (m = 0; s->ptrtyp[i] == HYPERPTR && s->ppos[i] == NOUN && m < hyper->off_cnt && !found; m++)
				found = s->ptroff[i] == (long)hyper->offset[m];
		if (s)
			free_synset(s);
	}
	if (idx)
		free_index(idx);
	return found;
}

int synonyms_hypernym_of(const char *word, size_t n, const char *hyper, size_t hn)
{
	char buf[SYNONYMS_WORD], hyper_buf[SYNONYMS_WORD], bases[4][SYNONYMS_WORD];
	size_t count = 0, k;
	IndexPtr h;
	int found = 0;

	if (!plain_word(word, n, buf, sizeof buf) || !plain_word(hyper, hn, hyper_buf, sizeof hyper_buf))
		return 0;
	pthread_mutex_lock(&wordnet_lock);
	if (wordnet_open() && (h = index_of(NOUN, hyper_buf)) != NULL) {
		add_base(bases, &count, 4, buf, strlen(buf));
		part_bases(NOUN, buf, bases, &count, 4);
		for (k = 0; k < count && !found; k++)
			found = noun_hypernym(bases[k], h);
		free_index(h);
	}
	pthread_mutex_unlock(&wordnet_lock);
	return found;
}

int synonyms_lists(const char *word, size_t n)
{
	static const int parts[] = {NOUN, VERB, ADJ, ADV};
	char buf[64];
	int found = 0;
	size_t i;

	if (!plain_word(word, n, buf, sizeof buf))
		return 0;
	pthread_mutex_lock(&wordnet_lock);
	for (i = 0; i < 4 && !found && wordnet_open(); i++)
		found = in_index(parts[i], buf);
	pthread_mutex_unlock(&wordnet_lock);
	return found;
}

int synonyms_only_verb(const char *word, size_t n)
{
	char buf[64];

	return plain_word(word, n, buf, sizeof buf) && only_part_locked(VERB, buf);
}

int synonyms_verb(const char *word, size_t n)
{
	char buf[64];
	int found;

	if (!plain_word(word, n, buf, sizeof buf))
		return 0;
	pthread_mutex_lock(&wordnet_lock);
	found = wordnet_open() && listed(VERB, buf);
	pthread_mutex_unlock(&wordnet_lock);
	return found;
}

int synonyms_irregular_verb_form(const char *word, size_t n, char *base, size_t size)
{
	char buf[SYNONYMS_WORD], bases[1][SYNONYMS_WORD];
	size_t count = 0, len;

	if (!plain_word(word, n, buf, sizeof buf))
		return 0;
	pthread_mutex_lock(&wordnet_lock);
	if (wordnet_open() && exc_slots[VERB])
		exception_bases(VERB, buf, n, bases, &count, 1);
	pthread_mutex_unlock(&wordnet_lock);
	if (!count || (len = strlen(bases[0])) >= size)
		return 0;
	memcpy(base, bases[0], len + 1);
	return 1;
}

int synonyms_only_adverb(const char *words, size_t n)
{
	char joined[64], buf[64];
	size_t i;

	/* WordNet writes a collocation with underscores: on_purpose. */
	if (n >= sizeof joined)
		return 0;
	for (i = 0; i < n; i++)
		joined[i] = words[i] == ' ' ? '_' : words[i];
	return plain_word(joined, n, buf, sizeof buf) && only_part_locked(ADV, buf);
}
