/*
 * fold.c - lookup keys for Chinese and English terms. See include/shuyu/fold.h.
 *
 * English lemmas come from Hunspell, but Hunspell's stems are roots, not
 * lemmas: it gives "organize" for "organizations" and "n" for "Nations". A
 * stem is taken only when the word is that stem plus an inflection (plural,
 * possessive, -ed, -ing); otherwise a plural is stripped when what remains
 * is a word Hunspell knows, and anything else stays as it is. Where
 * Hunspell gives several stems ("us" and "use" for used, "the" for
 * things), WordNet's base forms choose (lemma_step). Folding runs
 * to a fixed point, so that "buildings" → "building" → "build" and
 * "building" → "build" meet. Keys are never shown; only their agreement
 * matters.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <hunspell.h>
#include <unicode/uchar.h>

#include "lemmatizer.h"
#include "shuyu/fold.h"
#include "synonyms.h"
#include "t2s.h"
#include "utf8.h"
#include "util.h"

unsigned int sy_simplified(unsigned int c)
{
	size_t lo = 0, hi = sizeof(t2s_table) / sizeof(t2s_table[0]);

	if (c < 0x3400)
		return c;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (t2s_table[mid].trad == c)
			return t2s_table[mid].simp;
		if (t2s_table[mid].trad < c)
			lo = mid + 1;
		else
			hi = mid;
	}
	return c;
}

int sy_has_han(const char *text, size_t len)
{
	size_t i = 0;

	while (i < len)
		if (is_han(utf8_next(text, len, &i)))
			return 1;
	return 0;
}

/* An owned string from a buffer (never NULL on success). */
static int finish(util_buf *b, char **out, sy_error *err)
{
	if (!b->s && util_buf_add(b, "", 0))
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	*out = b->s;
	return SY_OK;
}

int sy_fold_zh(const char *text, size_t len, char **out, sy_error *err)
{
	util_buf b = {NULL, 0, 0};
	size_t i = 0;

	*out = NULL;
	while (i < len) {
		uint32_t c = utf8_halfwidth(utf8_next(text, len, &i));
		if (is_space(c) || c == '\n' || c == '\r')
			continue;
		c = sy_simplified((unsigned)u_tolower((UChar32)c));
		if (util_buf_add_cp(&b, c)) {
			free(b.s);
			return sy_error_set(err, SY_ENOMEM, "out of memory");
		}
	}
	return finish(&b, out, err);
}

/* ---- the lemmatizer ---------------------------------------------------------- */

typedef struct lemma_slot {
	char *word;  /* NULL: empty */
	char *lemma; /* may be the same pointer as word */
	size_t len;  /* strlen(word): a probe compares it before the text */
} lemma_slot;

struct sy_lemmatizer {
	Hunhandle *hunspell; /* NULL until a word needs it (lemmatizer_open_lazy) */
	char aff[4096], dic[4096];
	int load_failed;
	lemma_slot *slots;
	size_t n_slots, used;
	/* The words Hunspell folded since lemmatizer_take_new, as "word\0lemma\0"
	 * (lemmatizer_keep_new). */
	int keep_new;
	util_buf new_words;
	/* Asked before Hunspell for a word that may fold (lemmatizer_ask_first). */
	const char *(*ask)(void *userdata, const char *word, size_t len);
	void *ask_data;
};

/* The lemmatizer's Hunspell, loaded now if it is not yet; NULL when it
 * cannot be (out of memory: the word then stays as it is). */
static Hunhandle *hunspell_of(sy_lemmatizer *lm)
{
	if (!lm->hunspell && !lm->load_failed) {
		lm->hunspell = Hunspell_create(lm->aff, lm->dic);
		lm->load_failed = !lm->hunspell;
	}
	return lm->hunspell;
}

void *lemmatizer_load(void *lm)
{
	hunspell_of(lm);
	return NULL;
}

int lemmatizer_loaded(const sy_lemmatizer *lm)
{
	return lm->hunspell != NULL;
}

static int lemmatizer_new(sy_lemmatizer **out, const char *dict_dir, sy_error *err)
{
	sy_lemmatizer *lm;
	FILE *f;

	*out = NULL;
	if (!dict_dir)
		dict_dir = getenv("SHUYU_HUNSPELL_DIR");
	if (!dict_dir || !*dict_dir)
		dict_dir = "/usr/share/hunspell";
	lm = calloc(1, sizeof(*lm));
	if (!lm)
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	snprintf(lm->aff, sizeof(lm->aff), "%s/en_GB.aff", dict_dir);
	snprintf(lm->dic, sizeof(lm->dic), "%s/en_GB.dic", dict_dir);
	f = fopen(lm->dic, "r");
	if (!f) {
		sy_error_set(err, SY_EIO,
			     "%s: cannot open Hunspell's British English dictionary "
			     "(install hunspell-en-gb)",
			     lm->dic);
		free(lm);
		return SY_EIO;
	}
	fclose(f);
	lm->n_slots = 1024;
	lm->slots = calloc(lm->n_slots, sizeof(*lm->slots));
	if (!lm->slots) {
		sy_lemmatizer_close(lm);
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	}
	*out = lm;
	return SY_OK;
}

int sy_lemmatizer_open(sy_lemmatizer **out, const char *dict_dir, sy_error *err)
{
	int rc = lemmatizer_new(out, dict_dir, err);

	if (!rc && !hunspell_of(*out)) {
		rc = sy_error_set(err, SY_ENOMEM, "cannot load the Hunspell dictionary %s", (*out)->dic);
		sy_lemmatizer_close(*out);
		*out = NULL;
	}
	return rc;
}

int lemmatizer_open_lazy(sy_lemmatizer **out, sy_error *err)
{
	return lemmatizer_new(out, NULL, err);
}

void sy_lemmatizer_close(sy_lemmatizer *lm)
{
	size_t i;

	if (!lm)
		return;
	for (i = 0; lm->slots && i < lm->n_slots; i++) {
		if (lm->slots[i].lemma != lm->slots[i].word)
			free(lm->slots[i].lemma);
		free(lm->slots[i].word);
	}
	free(lm->slots);
	free(lm->new_words.s);
	if (lm->hunspell)
		Hunspell_destroy(lm->hunspell);
	free(lm);
}

static int ends_with(const char *w, size_t wn, const char *stem, size_t sn, const char *suffix)
{
	size_t xn = strlen(suffix);
	return wn == sn + xn && !memcmp(w, stem, sn) && !memcmp(w + sn, suffix, xn);
}

/* Is word the stem plus an inflection? */
static int inflected_from(const char *w, size_t wn, const char *s, size_t sn)
{
	static const char *const plain[] = {"s", "es", "'s", "s'", "ed", "d", "ing"};
	size_t i;

	if (sn < 2)
		return 0;
	for (i = 0; i < sizeof(plain) / sizeof(plain[0]); i++)
		if (ends_with(w, wn, s, sn, plain[i]))
			return 1;
	/* policy → policies, apply → applied */
	if (s[sn - 1] == 'y' && (ends_with(w, wn, s, sn - 1, "ies") || ends_with(w, wn, s, sn - 1, "ied")))
		return 1;
	/* secure → securing */
	if (s[sn - 1] == 'e' && ends_with(w, wn, s, sn - 1, "ing"))
		return 1;
	/* plan → planned, planning */
	if (wn == sn + 3 && !memcmp(w, s, sn) && w[sn] == s[sn - 1] && !memcmp(w + sn + 1, "ed", 2))
		return 1;
	if (wn == sn + 4 && !memcmp(w, s, sn) && w[sn] == s[sn - 1] && !memcmp(w + sn + 1, "ing", 3))
		return 1;
	return 0;
}

/* What inflected_from and lemma_step can fold: every inflection and
 * spelling change above, and the plural's s, ends in s, d, ing or s' and
 * leaves a stem of two letters at least. A rule added there must be
 * admitted here (test_lemma_may_fold_admits_every_folded_word). */
int sy_lemma_may_fold(const char *word, size_t len)
{
	if (len < 3)
		return 0;
	switch (word[len - 1]) {
	case 's':
	case 'd':
		return 1;
	case 'g':
		return len >= 4 && !memcmp(word + len - 3, "ing", 3);
	case '\'':
		return len >= 4 && word[len - 2] == 's';
	default:
		return 0;
	}
}

/*
 * The stem with the e an inflection took off restored (us|ing: use; bas|es:
 * base), where the stem ends in one vowel and one consonant, as a stem
 * whose e the inflection dropped does, and Hunspell knows the word with
 * the e: Hunspell gives only "us" for "using" and "bas" for "bases". NULL
 * when there is none.
 */
static char *with_e(sy_lemmatizer *lm, const char *w, size_t wn, const char *stem, size_t sn)
{
	char buf[64];
	char c = stem[sn - 1], v = sn >= 2 ? stem[sn - 2] : 0;

	if (sn < 2 || sn + 2 > sizeof buf || !strchr("aeiou", v) || strchr("aeiouwxy", c) ||
	    (sn >= 3 && strchr("aeiou", stem[sn - 3])) || !inflected_from(w, wn, stem, sn))
		return NULL;
	memcpy(buf, stem, sn);
	buf[sn] = 'e';
	buf[sn + 1] = '\0';
	if (!inflected_from(w, wn, buf, sn + 1) || !Hunspell_spell(hunspell_of(lm), buf))
		return NULL;
	return strdup(buf);
}

/* Is stem (case folded) among WordNet's base forms? */
static int among(const char *stem, char (*bases)[SYNONYMS_WORD], size_t n_bases)
{
	for (size_t k = 0; k < n_bases; k++)
		if (!strcasecmp(stem, bases[k]))
			return 1;
	return 0;
}

/*
 * One step of folding: a shorter lemma, or NULL when the word stays.
 * Hunspell gives every stem the word can be spelt from: "car" and "care"
 * for caring, "aid" and "aide" for aided, only "us" for using, "bas" for
 * bases and "asses" for assessed. Of those the word is inflected from,
 * and each with its e restored (with_e), the one WordNet gives as a base
 * form of the word (care, aid, use, base); else a base form WordNet gives
 * that the word is inflected from and Hunspell knows (assess). Where
 * WordNet gives none but lists the word itself, the word stays (assess,
 * not asses|s; thing, not the|ing; led, not le|d); where WordNet does not
 * know the word, the longest stem, with its e restored where it can be.
 */
static char *lemma_step(sy_lemmatizer *lm, const char *w, size_t wn)
{
	char **stems = NULL, *best = NULL, *known = NULL, *own;
	char bases[8][SYNONYMS_WORD];
	size_t best_len = 0, n_bases = 0, k;
	int n, i, asked = 0;

	if (!hunspell_of(lm))
		return NULL;
	n = Hunspell_stem(lm->hunspell, &stems, w);
	for (i = 0; i < n; i++) {
		size_t sn = strlen(stems[i]);
		if (sn >= wn || !inflected_from(w, wn, stems[i], sn))
			continue;
		/* A possessive is the word less its 's or s': WordNet lists
		 * some (men's), and it needs no judge. */
		if (ends_with(w, wn, stems[i], sn, "'s") || ends_with(w, wn, stems[i], sn, "s'")) {
			free(known);
			known = strdup(stems[i]);
			break;
		}
		if (!best || sn > best_len) {
			best = stems[i];
			best_len = sn;
		}
		if (!asked) {
			n_bases = synonyms_base_forms(w, wn, bases, sizeof(bases) / sizeof(bases[0]));
			asked = 1;
		}
		own = with_e(lm, w, wn, stems[i], sn);
		if (own && among(own, bases, n_bases)) {
			if (!known || strlen(own) > strlen(known)) {
				free(known);
				known = own;
				own = NULL;
			}
		} else if (among(stems[i], bases, n_bases) && (!known || sn > strlen(known))) {
			free(known);
			known = strdup(stems[i]);
		}
		free(own);
	}
	for (k = 0; best && !known && k < n_bases; k++)
		if (inflected_from(w, wn, bases[k], strlen(bases[k])) &&
		    Hunspell_spell(lm->hunspell, bases[k]))
			known = strdup(bases[k]);
	if (known) {
		best = known;
	} else if (best && synonyms_lists(w, wn)) {
		best = NULL;
	} else {
		own = best ? with_e(lm, w, wn, best, best_len) : NULL;
		best = own ? own : best ? strdup(best) : NULL;
	}
	if (n > 0)
		Hunspell_free_list(lm->hunspell, &stems, n);
	if (best)
		return best;
	/* Hunspell gave a root, not a lemma ("organizations" → "organize"):
	 * strip a plural ourselves when what remains is a word. */
	if (wn > 3 && w[wn - 1] == 's' && w[wn - 2] != 's' && w[wn - 2] != 'u' && w[wn - 2] != 'i') {
		char *cut = strndup(w, wn - 1);
		if (cut && Hunspell_spell(lm->hunspell, cut))
			return cut;
		free(cut);
	}
	return NULL;
}

static const char *remember(sy_lemmatizer *lm, const char *word, size_t len, char *lemma)
{
	size_t mask, i;
	lemma_slot *slot;

	if ((lm->used + 1) * 2 > lm->n_slots) {
		size_t n = lm->n_slots * 2, k;
		lemma_slot *bigger = calloc(n, sizeof(*bigger));
		if (!bigger)
			return NULL;
		for (k = 0; k < lm->n_slots; k++) {
			if (!lm->slots[k].word)
				continue;
			i = util_fnv1a(UTIL_FNV_START, lm->slots[k].word, lm->slots[k].len) & (n - 1);
			while (bigger[i].word)
				i = (i + 1) & (n - 1);
			bigger[i] = lm->slots[k];
		}
		free(lm->slots);
		lm->slots = bigger;
		lm->n_slots = n;
	}
	mask = lm->n_slots - 1;
	i = util_fnv1a(UTIL_FNV_START, word, len) & mask;
	while (lm->slots[i].word)
		i = (i + 1) & mask;
	slot = &lm->slots[i];
	slot->word = strndup(word, len);
	if (!slot->word)
		return NULL;
	slot->len = strlen(slot->word);
	slot->lemma = lemma ? lemma : slot->word;
	lm->used++;
	return slot->lemma;
}

/* A million-unit import meets names, typos and codes by the hundred
 * thousand: past this many word types the cache starts again, so that its
 * memory stays bounded (some 10 MB). */
#define LEMMA_CACHE_MAX 131072
#define NEW_WORDS_MAX ((size_t)1 << 20)

static void forget_all(sy_lemmatizer *lm)
{
	size_t i;

	for (i = 0; i < lm->n_slots; i++) {
		if (lm->slots[i].lemma != lm->slots[i].word)
			free(lm->slots[i].lemma);
		free(lm->slots[i].word);
	}
	memset(lm->slots, 0, lm->n_slots * sizeof(*lm->slots));
	lm->used = 0;
}

int sy_lemmatizer_knows(sy_lemmatizer *lm, const char *word)
{
	return hunspell_of(lm) && Hunspell_spell(lm->hunspell, word) != 0;
}

/* A word with no letter (2021, 70/237) has no lemma: it is neither looked
 * up nor remembered, so that a long import full of numbers keeps the cache
 * small. */
static int has_letter(const char *w, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if ((unsigned char)w[i] >= 0x80 || ((w[i] | 0x20) >= 'a' && (w[i] | 0x20) <= 'z'))
			return 1;
	return 0;
}

/* The cache's slot for word, or NULL. */
static const lemma_slot *cached(const sy_lemmatizer *lm, const char *word, size_t len)
{
	size_t mask = lm->n_slots - 1, i = util_fnv1a(UTIL_FNV_START, word, len) & mask;

	for (; lm->slots[i].word; i = (i + 1) & mask)
		if (lm->slots[i].len == len && !memcmp(lm->slots[i].word, word, len))
			return &lm->slots[i];
	return NULL;
}

int lemmatizer_cached(sy_lemmatizer *lm, const char *word, size_t len, const char **lemma)
{
	const lemma_slot *slot = cached(lm, word, len);

	*lemma = NULL;
	if (slot) {
		*lemma = slot->lemma;
		return 1;
	}
	return !has_letter(word, len) || !sy_lemma_may_fold(word, len);
}

/* Remember a lemma the lemmatizer did not work out itself; NULL when out
 * of memory. A word that is its own lemma is kept as sy_lemma keeps it. */
static const char *remember_given(sy_lemmatizer *lm, const char *word, size_t len, const char *lemma)
{
	char *own = NULL;
	const char *got;

	if ((strlen(lemma) != len || memcmp(lemma, word, len)) && !(own = strdup(lemma)))
		return NULL;
	got = remember(lm, word, len, own);
	if (!got)
		free(own);
	return got;
}

int lemmatizer_teach(sy_lemmatizer *lm, const char *word, size_t len, const char *lemma)
{
	if (cached(lm, word, len) || !has_letter(word, len))
		return 0;
	if (lm->used >= LEMMA_CACHE_MAX)
		forget_all(lm);
	return remember_given(lm, word, len, lemma) ? 0 : -1;
}

void lemmatizer_ask_first(sy_lemmatizer *lm, const char *(*ask)(void *userdata, const char *word, size_t len),
			  void *userdata)
{
	lm->ask = ask;
	lm->ask_data = userdata;
}

void lemmatizer_keep_new(sy_lemmatizer *lm)
{
	lm->keep_new = 1;
}

int lemmatizer_take_new(sy_lemmatizer *lm, int (*fn)(void *userdata, const char *word, const char *lemma),
			void *userdata)
{
	const char *at = lm->new_words.s, *end = at ? at + lm->new_words.len : NULL;
	int rc = 0;

	while (at && at < end && !rc) {
		const char *lemma = at + strlen(at) + 1;
		rc = fn(userdata, at, lemma);
		at = lemma + strlen(lemma) + 1;
	}
	lm->new_words.len = 0;
	return rc;
}

char *lemmatizer_fold(sy_lemmatizer *lm, const char *word, size_t len)
{
	char *lemma = NULL, *w = strndup(word, len);
	int steps;

	if (!w)
		return NULL;
	for (steps = 0; steps < 3; steps++) {
		char *next = lemma_step(lm, lemma ? lemma : w, strlen(lemma ? lemma : w));
		if (!next)
			break;
		free(lemma);
		lemma = next;
	}
	free(w);
	return lemma;
}

const char *sy_lemma(sy_lemmatizer *lm, const char *word, size_t len)
{
	const lemma_slot *slot = cached(lm, word, len);
	const char *got, *known;

	if (slot)
		return slot->lemma;
	if (!has_letter(word, len))
		return NULL;
	if (lm->used >= LEMMA_CACHE_MAX)
		forget_all(lm);
	/* A word that ends in no inflection is its own lemma, whatever
	 * Hunspell knows (sy_lemma_may_fold): most words of a text, which
	 * then need Hunspell neither loaded nor asked. */
	if (!sy_lemma_may_fold(word, len))
		return remember(lm, word, len, NULL);
	/* What the lemma table knows, Hunspell need not work out again. */
	if (lm->ask && (known = lm->ask(lm->ask_data, word, len)))
		return remember_given(lm, word, len, known);
	got = remember(lm, word, len, lemmatizer_fold(lm, word, len));
	/* Kept for the lemma table: the word and its lemma, each ended by a
	 * null. Out of memory, or past a megabyte that no merge has taken
	 * (a long import of terms, which writes its lemmas itself), the words
	 * are only not kept. */
	if (got && lm->keep_new && lm->new_words.len < NEW_WORDS_MAX &&
	    (util_buf_add(&lm->new_words, word, len) || util_buf_add(&lm->new_words, "", 1) ||
	     util_buf_add(&lm->new_words, got, strlen(got) + 1)))
		lm->new_words.len = 0;
	return got;
}

/* ---- English keys ---------------------------------------------------------- */

/* Letters and digits (ICU's, for ASCII the same as these ranges) and
 * apostrophes. ASCII, most of an English text, is answered without ICU. */
static int is_word_char(uint32_t c)
{
	if (c < 0x80)
		return (c | 0x20) - 'a' < 26 || c - '0' < 10 || c == '\'';
	return u_isalnum((UChar32)c) || c == 0x2019;
}

static uint32_t lower_of(uint32_t c)
{
	if (c < 0x80)
		return c - 'A' < 26 ? c + 0x20 : c;
	return (uint32_t)u_tolower((UChar32)c);
}

/* ICTs, CBMs, CERTs: an acronym's plural folds to the acronym. */
static int acronym_plural(const char *w, size_t n)
{
	size_t i;

	if (n < 3 || w[n - 1] != 's')
		return 0;
	for (i = 0; i + 1 < n; i++)
		if (w[i] < 'A' || w[i] > 'Z')
			return 0;
	return 1;
}

static const char *lemma_from_lemmatizer(void *userdata, const char *word, size_t len)
{
	return sy_lemma(userdata, word, len);
}

int sy_fold_en(sy_lemmatizer *lm, const char *text, size_t len, char **out, sy_error *err)
{
	return sy_fold_en_with(lm ? lemma_from_lemmatizer : NULL, lm, text, len, out, err);
}

int sy_fold_en_with(sy_lemma_fn lemma_of, void *userdata, const char *text, size_t len, char **out,
		    sy_error *err)
{
	util_buf b = {NULL, 0, 0}, word = {NULL, 0, 0};
	size_t i = 0;

	*out = NULL;
	while (i < len) {
		size_t start, end, k;
		uint32_t c;

		/* Find the next word: letters, digits and apostrophes. Hyphens,
		 * slashes and punctuation separate words, so "confidence-building"
		 * and "confidence building" meet. */
		k = i;
		c = utf8_halfwidth(utf8_next(text, len, &k));
		if (!is_word_char(c)) {
			i = k;
			continue;
		}
		start = i;
		end = k;
		while (end < len) {
			k = end;
			c = utf8_halfwidth(utf8_next(text, len, &k));
			if (!is_word_char(c))
				break;
			end = k;
		}
		i = end;

		word.len = 0;
		if (acronym_plural(text + start, end - start))
			end--;
		for (k = start; k < end;) {
			c = utf8_halfwidth(utf8_next(text, end, &k));
			if (c == 0x2019)
				c = '\'';
			if (util_buf_add_cp(&word, lower_of(c)))
				goto nomem;
		}
		{
			const char *lemma = lemma_of ? lemma_of(userdata, word.s, word.len) : NULL;
			if (b.len && util_buf_add(&b, " ", 1))
				goto nomem;
			if (lemma ? util_buf_add(&b, lemma, strlen(lemma)) : util_buf_add(&b, word.s, word.len))
				goto nomem;
		}
	}
	free(word.s);
	return finish(&b, out, err);
nomem:
	free(word.s);
	free(b.s);
	return sy_error_set(err, SY_ENOMEM, "out of memory");
}
