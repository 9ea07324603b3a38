/*
 * align.c - sentence alignment of Chinese and English. See align.h.
 *
 * The steps, for one pair of documents (English is side A, the rows of the
 * grid; Chinese is side B, the columns):
 *
 *  1. Read both sides (align_text.c), in two threads: ICU word break for
 *     the Chinese, Hunspell for the English.
 *  2. The dictionary: t(e|z) and t(z|e) from CC-CEDICT's glosses of the
 *     document's own Chinese words, uniform over each word's glosses; anchors
 *     translate themselves.
 *  3. Structure: when both sides number their paragraphs (and headings) the
 *     same way, each numbered paragraph start pins the path; every step
 *     below then stays inside one paragraph range.
 *  4. Coarse to fine (as vecalign does): each sentence becomes a small
 *     dense vector (its words, or its Chinese words' dictionary
 *     translations, hashed, weighted by idf); blocks of sentences are
 *     aligned over the whole grid, then blocks half as large in a band
 *     around that path, down to single sentences. Only a corridor comes out
 *     of this; the decisions are taken by the exact model below.
 *  5. Pass 1: the exact model (length, dictionary, anchors, bead priors) in
 *     a band around the corridor, with posteriors by forward-backward. The
 *     length ratio, its spread and the bead priors come from the corridor's
 *     path, so nothing about the languages' lengths is fixed in the code.
 *  6. Parallel or not: how many 1-1 beads have word evidence that random
 *     pairings of the same sentences seldom reach.
 *  7. What the document teaches: IBM Model 1 trained both ways on pass 1's
 *     confident beads, with the dictionary as a Dirichlet prior; the length
 *     model and the bead priors re-estimated from pass 1.
 *  8. Pass 2 with the learned tables, in a band around pass 1's path; its
 *     posteriors are the beads' scores.
 *
 * Every band is a few sentences wide, so time and memory grow linearly
 * with the documents. When a path comes near a band's edge, the band was
 * too narrow there and the pass is run again in a band twice as wide.
 */
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "shuyu/align.h"
#include "align_dp.h"
#include "align_text.h"
#include "utf8.h"
#include "util.h"

/* ---- constants of the search (not of the languages) ---------------------- */

/* The beads the exact model may choose: up to four sentences a side. */
static const dp_move fine_moves[] = {
	{1, 1}, {1, 0}, {0, 1}, {1, 2}, {2, 1}, {2, 2}, {1, 3}, {3, 1}, {1, 4}, {4, 1}, {2, 3}, {3, 2},
};
#define N_FINE (sizeof fine_moves / sizeof fine_moves[0])
#define MAX_SPAN 4

/* The coarse levels look for a corridor only: fewer kinds of bead. */
static const dp_move coarse_moves[] = {{1, 1}, {1, 0}, {0, 1}, {1, 2}, {2, 1}, {1, 3}, {3, 1}};
#define N_COARSE (sizeof coarse_moves / sizeof coarse_moves[0])
#define COARSE_SPAN 3

#define TOP_CELLS 250000       /* the top level of the coarse search visits at most this many cells */
#define COARSE_WIDTH 3         /* band around a coarser path, in blocks of the finer level */
#define FINE_WIDTH 4           /* band of the first exact pass, in sentences */
#define REFINE_WIDTH 2         /* band of the second, around the first one's path */
#define FULL_CELLS 40000       /* grids this small are searched whole by the exact model */
#define CONFIDENT 0.9          /* posterior of a bead that Model 1 may learn from */
#define EM_ITERATIONS 5
#define PRIOR_WEIGHT 1.0       /* the dictionary counts as this many sightings of a word */
#define PRUNE 0.01             /* learned translation probabilities below this are dropped */
#define RANDOM_PAIRS 2000      /* random pairings for the parallel test */

/* ---- the aligner ------------------------------------------------------------- */

#define THREADS 2 /* this is not a job for more than two cores */

typedef struct term {
	char *zh, *en;
} term;

struct sy_aligner {
	const sy_lexicon *lex;
	sy_lemmatizer *lm;
	sy_align_options opt;
	align_vocab stop;
	term *terms;
	size_t n_terms, cap_terms;
};

/* Sparse rows: row r holds (col[k], val[k]) for k in first[r] .. first[r + 1]. */
typedef struct ttable {
	size_t rows;
	size_t *first;
	uint32_t *col;
	float *val;
} ttable;

typedef struct triple {
	uint32_t row, col;
	float val;
} triple;

typedef struct entry {
	uint32_t k; /* a type, or a feature's index within its sentence */
	float s;
} entry;

/* Per-sentence lists of (type of the other language, weight), in no order. */
typedef struct bags {
	size_t *first;
	entry *ent;
} bags;

/* What the exact model needs of each pair of sentences in the band. */
typedef struct pairs {
	size_t n;
	size_t *lo, *hi, *off; /* English sentence i meets Chinese j in [lo[i], hi[i]) */
	uint32_t *e_first, *z_first;
	entry *e_ent, *z_ent;
	size_t n_e, cap_e, n_z, cap_z;
	/*
	 * The word evidence splits by sentence: in a bead, English sentence a
	 * against Chinese sentences j .. j+db-1 gives le[pair(a, j)][db - 1],
	 * whatever the other English sentences; likewise lz[pair(i, b)][da - 1]
	 * for Chinese sentence b against English i .. i+da-1. Each is computed
	 * once, and a bead costs da + db lookups.
	 */
	float *le, *lz;
	/*
	 * When a pass is run again in a reshaped band, what the first band
	 * computed is still right wherever the new band asks nothing the old
	 * one did not: same[a] says sentence a's range of pairs lies within
	 * the previous band's, whose matches and tables are then copied.
	 */
	uint8_t *same;
} pairs;

/* An English sentence spread out by type, for matching it fast. */
typedef struct spread_row {
	uint32_t *pos;     /* by English type: feature index + 1 */
	float *w;          /* by Chinese type: Σ count × t(z|e) over the sentence's words */
	uint8_t *near;     /* by Chinese type: occurs in the Chinese sentences at hand */
	uint32_t *touched; /* Chinese types marked or weighted, to clear */
	size_t n_touched;
} spread_row;

typedef struct job {
	sy_aligner *al;
	align_side en, zh;
	ttable dict_ez, dict_ze; /* from the dictionary */
	ttable ez, ze;           /* in use: t(e|z) by z, t(z|e) by e */
	/* paragraph ranges: segment s is en [seg_a[s], seg_a[s+1]) × zh [seg_b[s], seg_b[s+1]) */
	size_t n_segs;
	size_t *seg_a, *seg_b;
	uint32_t *seg_of_a, *seg_of_b;
	/* the model */
	double ratio, spread;
	double move_cost[N_FINE];
	bags bag_z;              /* bag_z[j]: Σ t(e|z) over Chinese sentence j's words, by e */
	pairs pr;
	spread_row spread_row[THREADS]; /* one per thread building pairs */
	/* sparse lexical vectors of the sentences, for the coarse search */
	struct svec *sv_a, *sv_b;
	int failed;
} job;

/* What one thread pricing beads needs of its own. */
typedef struct scratch {
	job *J;
	float *acc;         /* per feature of a sentence, zero between uses */
	uint32_t *touched;
} scratch;

/*
 * Phase timing for profiling: build with CFLAGS=-DSHUYU_ALIGN_TIMES and
 * each phase's wall time goes to standard error. Nothing otherwise.
 */
#ifdef SHUYU_ALIGN_TIMES
#include <stdio.h>
#include <time.h>
static double phase_clock(clockid_t id)
{
	struct timespec ts;

	clock_gettime(id, &ts);
	return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}
#define PHASE_START() double phase_t0_ = phase_clock(CLOCK_MONOTONIC), \
	phase_c0_ = phase_clock(CLOCK_PROCESS_CPUTIME_ID)
#define PHASE(name)                                                                      \
	do {                                                                             \
		double phase_t1_ = phase_clock(CLOCK_MONOTONIC);                         \
		double phase_c1_ = phase_clock(CLOCK_PROCESS_CPUTIME_ID);                \
		fprintf(stderr, "align: %-22s %6.3f s wall %6.3f s cpu\n", name,          \
			phase_t1_ - phase_t0_, phase_c1_ - phase_c0_);                   \
		phase_t0_ = phase_t1_;                                                   \
		phase_c0_ = phase_c1_;                                                   \
	} while (0)
#else
#define PHASE_START() ((void)0)
#define PHASE(name) ((void)0)
#endif

static int move_index[MAX_SPAN + 1][MAX_SPAN + 1];

static void init_move_index(void)
{
	size_t k, a, b;

	for (a = 0; a <= MAX_SPAN; a++)
		for (b = 0; b <= MAX_SPAN; b++)
			move_index[a][b] = -1;
	for (k = 0; k < N_FINE; k++)
		move_index[fine_moves[k].da][fine_moves[k].db] = (int)k;
}

void sy_align_options_init(sy_align_options *opt)
{
	opt->threshold = 0.5;
	opt->passes = 2;
	opt->threads = 0;
}

int sy_aligner_new(sy_aligner **out, const sy_lexicon *lex, sy_lemmatizer *lm,
		   const sy_align_options *opt, sy_error *err)
{
	sy_aligner *al = calloc(1, sizeof *al);

	*out = NULL;
	if (!al)
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	al->lex = lex;
	al->lm = lm;
	if (opt)
		al->opt = *opt;
	else
		sy_align_options_init(&al->opt);
	if (al->opt.passes < 1 || al->opt.passes > 2 || al->opt.threshold < 0 || al->opt.threshold > 1) {
		free(al);
		return sy_error_set(err, SY_EUSAGE, "aligner options: passes must be 1 or 2, "
						    "the threshold between 0 and 1");
	}
	if (align_stopwords(&al->stop)) {
		sy_aligner_free(al);
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	}
	init_move_index();
	*out = al;
	return SY_OK;
}

void sy_aligner_free(sy_aligner *al)
{
	size_t i;

	if (!al)
		return;
	for (i = 0; i < al->n_terms; i++) {
		free(al->terms[i].zh);
		free(al->terms[i].en);
	}
	free(al->terms);
	align_vocab_free(&al->stop);
	free(al);
}

int sy_aligner_add_term(sy_aligner *al, const char *zh, const char *en, sy_error *err)
{
	term *t;

	if (!zh || !en || !*zh || !*en || strlen(zh) > 200)
		return sy_error_set(err, SY_EUSAGE, "a term needs a Chinese and an English side");
	if (al->n_terms == al->cap_terms) {
		size_t cap = al->cap_terms ? al->cap_terms * 2 : 64;
		term *terms = realloc(al->terms, cap * sizeof *terms);
		if (!terms)
			return sy_error_set(err, SY_ENOMEM, "out of memory");
		al->terms = terms;
		al->cap_terms = cap;
	}
	t = &al->terms[al->n_terms];
	t->zh = strdup(zh);
	t->en = strdup(en);
	if (!t->zh || !t->en) {
		free(t->zh);
		free(t->en);
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	}
	al->n_terms++;
	return SY_OK;
}

int sy_sentence_list_is_chinese(const sy_sentence_list *list)
{
	size_t i, han = 0, latin = 0;

	for (i = 0; i < list->count; i++) {
		const char *s = list->items[i].text;
		size_t len = list->items[i].len, k = 0;
		while (k < len) {
			uint32_t c = utf8_next(s, len, &k);
			if (is_han(c))
				han++;
			else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
				latin++;
		}
	}
	/* A Chinese character carries about as much text as three or four
	 * letters: a Chinese document quoting English still counts as Chinese. */
	return han > 0 && han * 3 >= latin;
}

void sy_alignment_free(sy_alignment *alignment)
{
	if (!alignment)
		return;
	free(alignment->beads);
	memset(alignment, 0, sizeof *alignment);
}

/* ---- sparse tables --------------------------------------------------------- */

static void ttable_free(ttable *t)
{
	free(t->first);
	free(t->col);
	free(t->val);
	memset(t, 0, sizeof *t);
}

/* Rows from triples in any order (a counting sort by row). */
static int ttable_build(ttable *t, size_t rows, const triple *tr, size_t n)
{
	size_t k, r;
	size_t *fill;

	memset(t, 0, sizeof *t);
	t->rows = rows;
	t->first = calloc(rows + 2, sizeof *t->first);
	t->col = malloc((n ? n : 1) * sizeof *t->col);
	t->val = malloc((n ? n : 1) * sizeof *t->val);
	fill = malloc((rows + 1) * sizeof *fill);
	if (!t->first || !t->col || !t->val || !fill) {
		free(fill);
		ttable_free(t);
		return -1;
	}
	for (k = 0; k < n; k++)
		t->first[tr[k].row + 1]++;
	for (r = 0; r < rows; r++)
		t->first[r + 1] += t->first[r];
	memcpy(fill, t->first, (rows + 1) * sizeof *fill);
	for (k = 0; k < n; k++) {
		size_t at = fill[tr[k].row]++;
		t->col[at] = tr[k].col;
		t->val[at] = tr[k].val;
	}
	free(fill);
	return 0;
}

typedef struct triples {
	triple *items;
	size_t n, cap;
} triples;

static int triples_add(triples *t, uint32_t row, uint32_t col, float val)
{
	if (t->n == t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 4096;
		triple *items = realloc(t->items, cap * sizeof *items);
		if (!items)
			return -1;
		t->items = items;
		t->cap = cap;
	}
	t->items[t->n].row = row;
	t->items[t->n].col = col;
	t->items[t->n].val = val;
	t->n++;
	return 0;
}

/* ---- the dictionary ---------------------------------------------------------- */

/* The distinct English lemmas of one Chinese word's glosses. */
typedef struct lemma_set {
	char pool[4096];
	size_t used;
	size_t start[256];
	size_t n;
} lemma_set;

static int lemma_set_add(const char *lemma, size_t len, void *userdata)
{
	lemma_set *set = userdata;
	size_t k;

	for (k = 0; k < set->n; k++)
		if (!strncmp(set->pool + set->start[k], lemma, len) && set->pool[set->start[k] + len] == '\0')
			return 0;
	if (set->n == sizeof set->start / sizeof set->start[0] || set->used + len + 1 > sizeof set->pool)
		return 0; /* a word with hundreds of glosses: the rest add little */
	set->start[set->n++] = set->used;
	memcpy(set->pool + set->used, lemma, len);
	set->pool[set->used + len] = '\0';
	set->used += len + 1;
	return 0;
}

/* Glosses that name no English word for the Chinese one. */
static int useless_gloss(const char *g, size_t len)
{
	static const char *const skip[] = {"CL:", "variant of", "old variant of", "surname ", "see ",
					   "see also", "abbr. for", "Taiwan pr.", "also pr.", "pr. ",
					   "erhua variant", "used in", "also written", "archaic variant"};
	size_t k;

	for (k = 0; k < sizeof skip / sizeof skip[0]; k++) {
		size_t n = strlen(skip[k]);
		if (len >= n && !strncmp(g, skip[k], n))
			return 1;
	}
	return 0;
}

/* Add the English words of a CC-CEDICT gloss string ("/a/b; c/") to set. */
static void gloss_lemmas(const char *glosses, sy_lemmatizer *lm, const align_vocab *stop,
			 lemma_set *set)
{
	const char *p = glosses;

	while (*p) {
		const char *end;
		char field[512];
		size_t n = 0;
		int depth = 0;

		while (*p == '/')
			p++;
		end = strchr(p, '/');
		if (!end)
			end = p + strlen(p);
		if (end > p && !useless_gloss(p, (size_t)(end - p))) {
			/* Leave out what is in parentheses and brackets: usage
			 * notes and pinyin, not translations. */
			for (; p < end && n + 1 < sizeof field; p++) {
				if (*p == '(' || *p == '[')
					depth++;
				else if ((*p == ')' || *p == ']') && depth > 0)
					depth--;
				else if (!depth && *p != '|')
					field[n++] = *p;
			}
			align_english_words(field, n, lm, stop, lemma_set_add, set);
		}
		p = end;
	}
}

/* The glosses of a Chinese word; one CC-CEDICT lacks is read as the longest
 * dictionary words it is made of. */
static void word_glosses(const sy_lexicon *lex, const char *word, size_t len, sy_lemmatizer *lm,
			 const align_vocab *stop, lemma_set *set)
{
	const char *gl[16];
	size_t n = sy_lexicon_lookup(lex, word, len, gl, 16), k, p = 0;

	if (n) {
		for (k = 0; k < n && k < 16; k++)
			gloss_lemmas(gl[k], lm, stop, set);
		return;
	}
	while (p < len) {
		size_t best = 0, q = p, ends[16], n_ends = 0;
		while (q < len && n_ends < 16) {
			utf8_next(word, len, &q);
			ends[n_ends++] = q;
		}
		while (n_ends > 0) {
			size_t l = ends[n_ends - 1] - p;
			n = sy_lexicon_lookup(lex, word + p, l, gl, 16);
			if (n && (n_ends > 1 || l == len - p || 1)) {
				best = l;
				break;
			}
			n_ends--;
		}
		if (!best) {
			q = p;
			utf8_next(word, len, &q);
			p = q;
			continue;
		}
		for (k = 0; k < n && k < 16; k++)
			gloss_lemmas(gl[k], lm, stop, set);
		p += best;
	}
}

static int build_dictionary(job *J)
{
	sy_aligner *al = J->al;
	triples ez = {NULL, 0, 0}, ze = {NULL, 0, 0};
	uint32_t *linked = calloc(J->en.vocab.count + 1, sizeof *linked);
	lemma_set *set = malloc(sizeof *set);
	size_t z, k;
	int rc = -1;

	if (!linked || !set)
		goto done;
	for (z = 0; z < J->zh.vocab.count; z++) {
		const char *word = J->zh.vocab.words[z];
		size_t len = strlen(word);

		set->used = 0;
		set->n = 0;
		if (!strncmp(word, "term:", 5)) {
			size_t t;
			for (t = 0; t < al->n_terms; t++)
				if (!strcmp(al->terms[t].zh, word + 5))
					align_english_words(al->terms[t].en, strlen(al->terms[t].en), al->lm,
							    &al->stop, lemma_set_add, set);
		} else if ((unsigned char)word[0] < 0x80) {
			/* Anchors and Latin-script words translate themselves. */
			lemma_set_add(word, len, set);
		} else if (al->lex) {
			word_glosses(al->lex, word, len, al->lm, &al->stop, set);
		}
		for (k = 0; k < set->n; k++) {
			const char *lemma = set->pool + set->start[k];
			long e = align_vocab_find(&J->en.vocab, lemma, strlen(lemma));
			if (e >= 0) {
				if (triples_add(&ez, (uint32_t)z, (uint32_t)e, (float)(1.0 / set->n)))
					goto done;
				linked[e]++;
			}
		}
	}
	/* The other way: each English word, uniform over the document's Chinese
	 * words that have it among their glosses. */
	for (k = 0; k < ez.n; k++)
		if (triples_add(&ze, ez.items[k].col, ez.items[k].row, (float)(1.0 / linked[ez.items[k].col])))
			goto done;
	if (ttable_build(&J->dict_ez, J->zh.vocab.count, ez.items, ez.n) ||
	    ttable_build(&J->dict_ze, J->en.vocab.count, ze.items, ze.n))
		goto done;
	rc = 0;
done:
	free(ez.items);
	free(ze.items);
	free(linked);
	free(set);
	return rc;
}

/* ---- structure: numbered paragraphs on both sides --------------------------- */

/* The key of a sentence that opens a numbered paragraph or heading. */
static const char *block_key(const align_side *side, size_t i)
{
	size_t k;

	for (k = side->first[i]; k < side->first[i + 1]; k++) {
		const char *w = side->vocab.words[side->feats[k].type];
		if (!strncmp(w, "#p:", 3) || !strncmp(w, "#h:", 3))
			return w;
	}
	return NULL;
}

/*
 * Pins: when both documents open the same sequence of numbered paragraphs
 * and headings, the n-th opens at the same place on both sides, and no bead
 * may cross it. Otherwise the numbers are still anchors, just not pins.
 */
static int find_segments(job *J)
{
	size_t na = 0, nb = 0, i, j, s;
	size_t *pa = malloc((J->en.n + 2) * sizeof *pa), *pb = malloc((J->zh.n + 2) * sizeof *pb);
	int same = 1;

	if (!pa || !pb) {
		free(pa);
		free(pb);
		return -1;
	}
	for (i = 0; i < J->en.n; i++)
		if (block_key(&J->en, i))
			pa[na++] = i;
	for (j = 0; j < J->zh.n; j++)
		if (block_key(&J->zh, j))
			pb[nb++] = j;
	if (na != nb || na < 2)
		same = 0;
	for (i = 0; same && i < na; i++)
		same = !strcmp(block_key(&J->en, pa[i]), block_key(&J->zh, pb[i]));
	if (!same)
		na = 0;
	/* Segments: [0, first pin), [pin k, pin k+1), ..., [last pin, end). */
	J->seg_a = malloc((na + 2) * sizeof *J->seg_a);
	J->seg_b = malloc((na + 2) * sizeof *J->seg_b);
	J->seg_of_a = malloc((J->en.n + 1) * sizeof *J->seg_of_a);
	J->seg_of_b = malloc((J->zh.n + 1) * sizeof *J->seg_of_b);
	if (!J->seg_a || !J->seg_b || !J->seg_of_a || !J->seg_of_b) {
		free(pa);
		free(pb);
		return -1;
	}
	J->n_segs = 0;
	J->seg_a[0] = 0;
	J->seg_b[0] = 0;
	for (i = 0; i < na; i++) {
		if (pa[i] == J->seg_a[J->n_segs] && pb[i] == J->seg_b[J->n_segs])
			continue; /* a pin at the very start */
		J->n_segs++;
		J->seg_a[J->n_segs] = pa[i];
		J->seg_b[J->n_segs] = pb[i];
	}
	J->n_segs++;
	J->seg_a[J->n_segs] = J->en.n;
	J->seg_b[J->n_segs] = J->zh.n;
	for (s = 0; s < J->n_segs; s++) {
		for (i = J->seg_a[s]; i < J->seg_a[s + 1]; i++)
			J->seg_of_a[i] = (uint32_t)s;
		for (j = J->seg_b[s]; j < J->seg_b[s + 1]; j++)
			J->seg_of_b[j] = (uint32_t)s;
	}
	free(pa);
	free(pb);
	return 0;
}

/* May a bead A[i, i+da) × B[j, j+db) be, given the pins? */
static inline int bead_allowed(const job *J, size_t i, size_t da, size_t j, size_t db)
{
	size_t s;

	if (J->n_segs <= 1)
		return 1;
	s = da ? J->seg_of_a[i] : J->seg_of_b[j];
	return i >= J->seg_a[s] && i + da <= J->seg_a[s + 1] && j >= J->seg_b[s] &&
	       j + db <= J->seg_b[s + 1];
}

/* ---- the length model --------------------------------------------------------- */

/*
 * Gale & Church: the Chinese length of a bead is normal around ratio × its
 * English length, with variance spread × English length. The cost is minus
 * the log of the two-sided tail beyond what is seen.
 */
/*
 * -log erfc(x) for x in [0, TAIL_MAX), tabulated with its derivative every
 * 1/TAIL_STEPS and read by cubic Hermite interpolation (to about 1e-9): the
 * exact model prices every bead of its band, and erfc and log were a tenth
 * of the aligner's time.
 */
#define TAIL_STEPS 32
#define TAIL_MAX 14.2 /* 20 / √2, where length_cost turns to the asymptote */
#define TAIL_N 456    /* TAIL_MAX × TAIL_STEPS, and two */
static double tail_f[TAIL_N], tail_df[TAIL_N];
static pthread_once_t tail_once = PTHREAD_ONCE_INIT;

static void tail_init(void)
{
	int k;

	for (k = 0; k < TAIL_N; k++) {
		double x = (double)k / TAIL_STEPS, e = erfc(x);
		tail_f[k] = -log(e);
		tail_df[k] = 2 / sqrt(M_PI) * exp(-x * x) / e;
	}
}

static inline double neg_log_erfc(double x)
{
	double u = x * TAIL_STEPS, t, h = 1.0 / TAIL_STEPS;
	int k = (int)u;

	if (k >= TAIL_N - 1)
		return -log(erfc(x));
	t = u - k;
	return (1 + 2 * t) * (1 - t) * (1 - t) * tail_f[k] + t * (1 - t) * (1 - t) * h * tail_df[k] +
	       t * t * (3 - 2 * t) * tail_f[k + 1] + t * t * (t - 1) * h * tail_df[k + 1];
}

static double length_cost(double ratio, double spread, double la, double lb)
{
	double d = fabs(lb - ratio * la) / sqrt(spread * (la > 1 ? la : 1));

	if (d < 20)
		return neg_log_erfc(d / M_SQRT2);
	return d * d / 2 + log(d * sqrt(M_PI / 2));
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/* The spread: the maximum-likelihood variance per English character over
 * the confident non-null beads of a path. */
static double estimate_spread(const job *J, const dp_path *path, double ratio, double fallback)
{
	double sum = 0;
	size_t k, n = 0, a, b;

	for (k = 0; k < path->count; k++) {
		const dp_step *s = &path->steps[k];
		double la = 0, lb = 0;
		if (!s->da || !s->db || s->posterior < CONFIDENT)
			continue;
		for (a = s->i; a < s->i + s->da; a++)
			la += J->en.len[a];
		for (b = s->j; b < s->j + s->db; b++)
			lb += J->zh.len[b];
		if (la < 1)
			continue;
		sum += (lb - ratio * la) * (lb - ratio * la) / la;
		n++;
	}
	if (n < 10)
		return fallback;
	sum /= (double)n;
	return sum > 1e-3 * ratio ? sum : 1e-3 * ratio;
}

/*
 * Bead priors: how often each kind occurs on a path, plus one of each
 * (Laplace's rule: a uniform Dirichlet prior). No kind of bead is ruled
 * out, and a long document decides its own priors. (Gale & Church's
 * published priors as the Dirichlet prior instead made 2-1 beads nine
 * times likelier than omissions in short documents, and the concept note
 * then merged its stray language line "Chinese" into the next sentence.)
 */
static void estimate_priors(job *J, const dp_path *path)
{
	double count[N_FINE], total = 0;
	size_t k;

	for (k = 0; k < N_FINE; k++)
		count[k] = 1;
	for (k = 0; k < path->count; k++) {
		int m = move_index[path->steps[k].da][path->steps[k].db];
		if (m >= 0)
			count[m] += 1;
	}
	for (k = 0; k < N_FINE; k++)
		total += count[k];
	for (k = 0; k < N_FINE; k++)
		J->move_cost[k] = -log(count[k] / total);
}

/* ---- dense vectors for the coarse search ----------------------------------------- */

static inline uint64_t mix64(uint64_t x)
{
	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdULL;
	x ^= x >> 33;
	x *= 0xc4ceb9fe1a85ec53ULL;
	x ^= x >> 33;
	return x;
}

/* Sparse vectors: vector v holds ent[first[v] .. first[v + 1]), in no order. */
typedef struct svec {
	size_t n;
	size_t *first;
	entry *ent;
} svec;

static void svec_free(svec *v)
{
	if (!v)
		return;
	free(v->first);
	free(v->ent);
	free(v);
}

/* Vectors are unsorted: a dot product spreads one into a dense array
 * (scatter), reads the other against it, and clears it (unscatter). */
static void scatter(const svec *x, size_t a, float *dense, float sign)
{
	size_t k;

	for (k = x->first[a]; k < x->first[a + 1]; k++)
		dense[x->ent[k].k] = sign > 0 ? x->ent[k].s : 0;
}

static double dot_dense(const svec *y, size_t b, const float *dense)
{
	double sum = 0;
	size_t k;

	for (k = y->first[b]; k < y->first[b + 1]; k++)
		sum += (double)dense[y->ent[k].k] * y->ent[k].s;
	return sum;
}

/*
 * Build n vectors; add(u, acc, touched, &n_touched, userdata) adds vector
 * u's weights into a dense accumulator over `types` dimensions. Each
 * vector is normalized when `unit` is set.
 */
typedef void (*svec_add_fn)(size_t u, float *acc, uint32_t *touched, size_t *n_touched,
			    void *userdata);

static svec *svec_build(size_t n, size_t types, int unit, svec_add_fn add, void *userdata)
{
	svec *v = calloc(1, sizeof *v);
	float *acc = calloc(types + 1, sizeof *acc);
	uint32_t *touched = malloc((types + 1) * sizeof *touched);
	size_t u, k, cap = 0, used = 0;

	if (!v || !acc || !touched || !(v->first = malloc((n + 1) * sizeof *v->first)))
		goto fail;
	v->n = n;
	for (u = 0; u < n; u++) {
		size_t n_touched = 0;
		double norm = 0;
		add(u, acc, touched, &n_touched, userdata);
		v->first[u] = used;
		if (used + n_touched > cap) {
			size_t ncap = cap ? cap : 65536;
			entry *e;
			while (ncap < used + n_touched)
				ncap *= 2;
			if (!(e = realloc(v->ent, ncap * sizeof *e)))
				goto fail;
			v->ent = e;
			cap = ncap;
		}
		for (k = 0; k < n_touched; k++) {
			v->ent[used + k].k = touched[k];
			v->ent[used + k].s = acc[touched[k]];
			norm += (double)acc[touched[k]] * acc[touched[k]];
			acc[touched[k]] = 0;
		}
		if (unit && norm > 0)
			for (k = 0; k < n_touched; k++)
				v->ent[used + k].s = (float)(v->ent[used + k].s / sqrt(norm));
		used += n_touched;
	}
	v->first[n] = used;
	free(acc);
	free(touched);
	return v;
fail:
	free(acc);
	free(touched);
	svec_free(v);
	return NULL;
}

static inline void acc_add(float *acc, uint32_t *touched, size_t *n_touched, uint32_t k, float w)
{
	if (acc[k] == 0)
		touched[(*n_touched)++] = k;
	acc[k] += w;
	if (acc[k] == 0)
		acc[k] = 1e-30f; /* stays touched */
}

typedef struct sv_source {
	const job *J;
	const double *idf;
	const svec *sentences; /* for blocks */
	size_t first, count, size;
} sv_source;

static void add_english(size_t u, float *acc, uint32_t *touched, size_t *n_touched, void *userdata)
{
	const sv_source *src = userdata;
	const align_side *en = &src->J->en;
	size_t k;

	for (k = en->first[u]; k < en->first[u + 1]; k++)
		acc_add(acc, touched, n_touched, en->feats[k].type,
			(float)(en->feats[k].count * src->idf[en->feats[k].type]));
}

static void add_chinese(size_t u, float *acc, uint32_t *touched, size_t *n_touched, void *userdata)
{
	const sv_source *src = userdata;
	const align_side *zh = &src->J->zh;
	const ttable *t = &src->J->dict_ez;
	size_t k, r;

	for (k = zh->first[u]; k < zh->first[u + 1]; k++) {
		uint32_t z = zh->feats[k].type;
		for (r = t->first[z]; r < t->first[z + 1]; r++)
			acc_add(acc, touched, n_touched, t->col[r],
				(float)(zh->feats[k].count * t->val[r] * src->idf[t->col[r]]));
	}
}

static void add_block(size_t u, float *acc, uint32_t *touched, size_t *n_touched, void *userdata)
{
	const sv_source *src = userdata;
	size_t from = src->first + u * src->size, to = from + src->size, s, k;

	if (to > src->first + src->count)
		to = src->first + src->count;
	for (s = from; s < to; s++)
		for (k = src->sentences->first[s]; k < src->sentences->first[s + 1]; k++)
			acc_add(acc, touched, n_touched, src->sentences->ent[k].k, src->sentences->ent[k].s);
}

/* English words, and the dictionary translations of the Chinese ones, in
 * one space (English lemmas), weighted by idf: a bag-of-words vector per
 * sentence, of unit length. */
static int sentence_vectors(job *J)
{
	size_t k, types = J->en.vocab.count;
	double *idf = malloc((types + 1) * sizeof *idf);
	sv_source src;

	if (!idf)
		return -1;
	for (k = 0; k < types; k++)
		idf[k] = J->en.df[k] ? log((J->en.n + 1.0) / J->en.df[k]) : 0;
	memset(&src, 0, sizeof src);
	src.J = J;
	src.idf = idf;
	J->sv_a = svec_build(J->en.n, types, 1, add_english, &src);
	J->sv_b = svec_build(J->zh.n, types, 1, add_chinese, &src);
	free(idf);
	return J->sv_a && J->sv_b ? 0 : -1;
}

/* Sentence ranges of either side a pair of sentences of a band may hold. */
static int pair_ranges(const dp_band *band, size_t span, size_t **lo_out, size_t **hi_out,
		       size_t **off_out, size_t *total)
{
	size_t n = band->n, m = band->m, i, r;
	size_t *lo = malloc((n + 1) * sizeof *lo), *hi = malloc((n + 1) * sizeof *hi);
	size_t *off = malloc((n + 2) * sizeof *off);

	if (!lo || !hi || !off) {
		free(lo);
		free(hi);
		free(off);
		return -1;
	}
	*total = 0;
	for (i = 0; i < n; i++) {
		size_t l = SIZE_MAX, h = 0;
		/* Sentence i is in the beads that end in rows i+1 .. i+span. */
		for (r = i + 1; r <= i + span && r <= n; r++) {
			if (band->lo[r] < l)
				l = band->lo[r];
			if (band->hi[r] > h)
				h = band->hi[r];
		}
		lo[i] = l > span ? l - span : 0;
		hi[i] = h < m ? h : m;
		if (hi[i] < lo[i])
			hi[i] = lo[i];
		off[i] = *total;
		*total += hi[i] - lo[i];
	}
	off[n] = *total;
	*lo_out = lo;
	*hi_out = hi;
	*off_out = off;
	return 0;
}

/* One level of the coarse search: blocks of `size` sentences. */
typedef struct level {
	const job *J;
	size_t a0, b0, n, m, size; /* blocks cover sentences a0 + size * I ... */
	svec *va, *vb;             /* block vectors (sums of the sentences') */
	double *sa, *sb;           /* |block|² */
	double *adj_a, *adj_b;     /* dot(block, next block), dot(block, block after next) */
	size_t *plo, *phi, *poff;
	float *pdot;
	double random_distance;    /* mean of 1 - cos over random pairs of blocks */
} level;

static double level_pair_dot(const level *L, size_t I, size_t Jb)
{
	if (Jb < L->plo[I] || Jb >= L->phi[I])
		return 0; /* not in any bead of the band */
	return L->pdot[L->poff[I] + Jb - L->plo[I]];
}

static double coarse_cost(void *ctx, size_t I, size_t da, size_t Jb, size_t db)
{
	const level *L = ctx;
	double xy = 0, xx = 0, yy = 0, cos;
	size_t a, b;

	if (!da || !db)
		return (double)(da + db);
	for (a = I; a < I + da; a++) {
		xx += L->sa[a];
		if (a + 1 < I + da)
			xx += 2 * L->adj_a[2 * a];
		if (a + 2 < I + da)
			xx += 2 * L->adj_a[2 * a + 1];
		for (b = Jb; b < Jb + db; b++)
			xy += level_pair_dot(L, a, b);
	}
	for (b = Jb; b < Jb + db; b++) {
		yy += L->sb[b];
		if (b + 1 < Jb + db)
			yy += 2 * L->adj_b[2 * b];
		if (b + 2 < Jb + db)
			yy += 2 * L->adj_b[2 * b + 1];
	}
	cos = xx > 0 && yy > 0 ? xy / sqrt(xx * yy) : 0;
	/* vecalign's cost: distance relative to random pairs, per sentence.
	 * No length cost here: blocks of a fixed number of sentences do not
	 * end where their translations end, so their lengths mislead. */
	return (1 - cos) / L->random_distance * (double)(da + db) / 2;
}

static void level_free(level *L)
{
	svec_free(L->va);
	svec_free(L->vb);
	free(L->sa);
	free(L->sb);
	free(L->adj_a);
	free(L->adj_b);
	free(L->plo);
	free(L->phi);
	free(L->poff);
	free(L->pdot);
	memset(L, 0, sizeof *L);
}

/* A level's |block|² and dot products of neighbouring blocks. */
static int level_norms(const svec *v, size_t nblocks, float *dense, double **s_out, double **adj_out)
{
	double *s = calloc(nblocks + 1, sizeof *s);
	double *adj = calloc(2 * (nblocks + 1), sizeof *adj);
	size_t B;

	*s_out = s;
	*adj_out = adj;
	if (!v || !s || !adj)
		return -1;
	for (B = 0; B < nblocks; B++) {
		scatter(v, B, dense, 1);
		s[B] = dot_dense(v, B, dense);
		if (B + 1 < nblocks)
			adj[2 * B] = dot_dense(v, B + 1, dense);
		if (B + 2 < nblocks)
			adj[2 * B + 1] = dot_dense(v, B + 2, dense);
		scatter(v, B, dense, 0);
	}
	return 0;
}

/*
 * One side's blocks at every level, finest first: blocks of one sentence
 * (copies of the sentence vectors), then each level's block as the sum of
 * two blocks of the level below, rather than of its 2^k sentences again.
 */
static int side_levels(const svec *sentences, size_t types, size_t first, size_t count,
		       size_t n_levels, svec **levels)
{
	sv_source src;
	size_t k, n = count;

	memset(&src, 0, sizeof src);
	src.sentences = sentences;
	src.first = first;
	src.count = count;
	src.size = 1;
	for (k = 0; k < n_levels; k++) {
		if (k > 0) {
			src.sentences = levels[k - 1];
			src.first = 0;
			src.count = n;
			src.size = 2;
			n = (n + 1) / 2;
		}
		levels[k] = svec_build(n, types, 0, add_block, &src);
		if (!levels[k])
			return -1;
	}
	return 0;
}

/* Run fn(a) and fn(b), in two threads when allowed. */
static void run_two(void *(*fn)(void *), void *a, void *b, int threaded)
{
	pthread_t thread;
	int started = threaded && pthread_create(&thread, NULL, fn, b) == 0;

	fn(a);
	if (started)
		pthread_join(thread, NULL);
	else
		fn(b);
}

/* One side's levels (side_levels in a thread). */
typedef struct levels_task {
	const svec *sentences;
	size_t types, first, count, n_levels;
	svec **levels;
	int rc;
} levels_task;

static void *levels_run(void *arg)
{
	levels_task *t = arg;

	t->rc = side_levels(t->sentences, t->types, t->first, t->count, t->n_levels, t->levels);
	return NULL;
}

/* One side's norms of a level (level_norms in a thread). */
typedef struct blocks_task {
	const svec *v;
	size_t nblocks;
	float *dense;
	double *s, *adj;
	int rc;
} blocks_task;

static void *blocks_run(void *arg)
{
	blocks_task *t = arg;

	t->rc = level_norms(t->v, t->nblocks, t->dense, &t->s, &t->adj);
	return NULL;
}

/* The dot products of the block pairs a level's band holds, rows
 * [row_from, row_to). */
typedef struct dots_task {
	level *L;
	float *dense;
	size_t row_from, row_to;
} dots_task;

static void *dots_run(void *arg)
{
	dots_task *t = arg;
	level *L = t->L;
	size_t I, Jb;

	for (I = t->row_from; I < t->row_to; I++) {
		scatter(L->va, I, t->dense, 1);
		for (Jb = L->plo[I]; Jb < L->phi[I]; Jb++)
			L->pdot[L->poff[I] + Jb - L->plo[I]] = (float)dot_dense(L->vb, Jb, t->dense);
		scatter(L->va, I, t->dense, 0);
	}
	return NULL;
}

/* A small deterministic generator: the same input aligns the same way. */
static inline uint64_t next_random(uint64_t *state)
{
	*state = *state * 6364136223846793005ULL + 1442695040888963407ULL;
	return mix64(*state);
}

/*
 * The coarse-to-fine corridor for one segment: a sentence-level path (in
 * the segment's own coordinates) from dense vectors and lengths.
 */
static int coarse_path(job *J, size_t a0, size_t a1, size_t b0, size_t b1, dp_path *out)
{
	size_t n = a1 - a0, m = b1 - b0, size = 1, k, n_levels = 1, lv;
	svec **levels_a = NULL, **levels_b = NULL;
	size_t *pi = NULL, *pj = NULL, npoints = 0;
	float *dense = calloc(J->en.vocab.count + 1, sizeof *dense);
	float *dense2 = calloc(J->en.vocab.count + 1, sizeof *dense2);
	int rc = -1, threaded = J->al->opt.threads != 1;

	out->steps = NULL;
	out->count = 0;
	if (!dense || !dense2) {
		free(dense);
		free(dense2);
		return -1;
	}
	while ((n / size + 1) * (m / size + 1) > TOP_CELLS) {
		size *= 2;
		n_levels++;
	}
	PHASE_START();
	levels_a = calloc(n_levels, sizeof *levels_a);
	levels_b = calloc(n_levels, sizeof *levels_b);
	if (!levels_a || !levels_b)
		goto done;
	{
		levels_task la = {J->sv_a, J->en.vocab.count, a0, n, n_levels, levels_a, 0};
		levels_task lb = {J->sv_b, J->en.vocab.count, b0, m, n_levels, levels_b, 0};
		run_two(levels_run, &la, &lb, threaded);
		if (la.rc || lb.rc)
			goto done;
	}
	PHASE("    levels");
	lv = n_levels - 1;
	for (;;) {
		level L;
		dp_band band;
		dp_path path;
		size_t nb = (n + size - 1) / size, mb = (m + size - 1) / size, total, cut;
		uint64_t seed = 12345;
		double sum = 0;
		int tries;
		blocks_task ba = {levels_a[lv], nb, dense, NULL, NULL, 0};
		blocks_task bb = {levels_b[lv], mb, dense2, NULL, NULL, 0};
		dots_task da, db;

		memset(&L, 0, sizeof L);
		L.J = J;
		L.n = nb;
		L.m = mb;
		L.size = size;
		/* The level's blocks are the level's own now. */
		L.va = levels_a[lv];
		L.vb = levels_b[lv];
		levels_a[lv] = levels_b[lv] = NULL;
		/* The two sides' norms, in two threads. */
		run_two(blocks_run, &ba, &bb, threaded);
		L.sa = ba.s;
		L.adj_a = ba.adj;
		L.sb = bb.s;
		L.adj_b = bb.adj;
		if (ba.rc || bb.rc) {
			level_free(&L);
			goto done;
		}
		PHASE("    blocks");
		if (npoints == 0 ? dp_band_full(&band, nb, mb)
				 : dp_band_around_points(&band, nb, mb, pi, pj, npoints, COARSE_WIDTH)) {
			level_free(&L);
			goto done;
		}
		if (pair_ranges(&band, COARSE_SPAN, &L.plo, &L.phi, &L.poff, &total) ||
		    !(L.pdot = malloc((total + 1) * sizeof *L.pdot))) {
			dp_band_free(&band);
			level_free(&L);
			goto done;
		}
		/* The dot products, rows split in two by the pairs they hold. */
		for (cut = 0; cut < nb && L.poff[cut] < total / 2; cut++)
			;
		da.L = db.L = &L;
		da.dense = dense;
		db.dense = dense2;
		da.row_from = 0;
		da.row_to = db.row_from = cut;
		db.row_to = nb;
		run_two(dots_run, &da, &db, threaded);
		PHASE("    dots");
		/* What an unrelated pair of blocks looks like here. */
		for (tries = 0; tries < 200 && nb && mb; tries++) {
			size_t x = next_random(&seed) % nb, y = next_random(&seed) % mb;
			double c = 0;
			if (L.sa[x] > 0 && L.sb[y] > 0) {
				scatter(L.va, x, dense, 1);
				c = dot_dense(L.vb, y, dense) / sqrt(L.sa[x] * L.sb[y]);
				scatter(L.va, x, dense, 0);
			}
			sum += 1 - c;
		}
		L.random_distance = tries && sum > 0 ? sum / tries : 1;
		PHASE("    random");
		{
			void *ctx = &L;
			rc = dp_search(&band, coarse_moves, N_COARSE, coarse_cost, &ctx, 1, 0, &path) ? -1 : 0;
		}
		PHASE("    search");
		dp_band_free(&band);
		if (rc) {
			level_free(&L);
			goto done;
		}
		rc = -1;
		/* Lengths of blocks tell the spread the next level's length cost
		 * uses (Gale & Church's variance is per character, whatever the
		 * unit). */
		level_free(&L);
		if (size == 1) {
			*out = path;
			rc = 0;
			goto done;
		}
		/* Map the path's points down one level. */
		free(pi);
		free(pj);
		pi = malloc((path.count + 1) * sizeof *pi);
		pj = malloc((path.count + 1) * sizeof *pj);
		if (!pi || !pj) {
			dp_path_free(&path);
			goto done;
		}
		size /= 2;
		lv--;
		{
			size_t nb2 = (n + size - 1) / size, mb2 = (m + size - 1) / size;
			pi[0] = 0;
			pj[0] = 0;
			for (k = 0; k < path.count; k++) {
				size_t x = 2 * (path.steps[k].i + path.steps[k].da),
				       y = 2 * (path.steps[k].j + path.steps[k].db);
				pi[k + 1] = x < nb2 ? x : nb2;
				pj[k + 1] = y < mb2 ? y : mb2;
			}
			npoints = path.count + 1;
		}
		dp_path_free(&path);
	}
done:
	for (k = 0; k < n_levels; k++) {
		if (levels_a)
			svec_free(levels_a[k]);
		if (levels_b)
			svec_free(levels_b[k]);
	}
	free(levels_a);
	free(levels_b);
	free(pi);
	free(pj);
	free(dense);
	free(dense2);
	return rc;
}

/* ---- the exact model ------------------------------------------------------------ */

static void bags_free(bags *b)
{
	free(b->first);
	free(b->ent);
	memset(b, 0, sizeof *b);
}

/*
 * For each sentence of `side`, Σ count × t(other | word) over its words,
 * less the entries that no match could use (see pair_matches: a weight
 * under 1/20 of the other word's frequency).
 */
static int build_bags(const align_side *side, const ttable *t, const align_side *other, bags *out)
{
	size_t other_types = other->vocab.count;
	float *acc = calloc(other_types + 1, sizeof *acc);
	uint32_t *touched = malloc((other_types + 1) * sizeof *touched);
	size_t i, k, r, n_touched, cap = 0, used = 0;

	memset(out, 0, sizeof *out);
	out->first = malloc((side->n + 1) * sizeof *out->first);
	if (!acc || !touched || !out->first)
		goto fail;
	for (i = 0; i < side->n; i++) {
		n_touched = 0;
		out->first[i] = used;
		for (k = side->first[i]; k < side->first[i + 1]; k++) {
			uint32_t w = side->feats[k].type;
			for (r = t->first[w]; r < t->first[w + 1]; r++) {
				uint32_t o = t->col[r];
				if (acc[o] == 0)
					touched[n_touched++] = o;
				acc[o] += (float)side->feats[k].count * t->val[r];
			}
		}
		if (used + n_touched > cap) {
			size_t ncap = cap ? cap : 65536;
			entry *e;
			while (ncap < used + n_touched)
				ncap *= 2;
			e = realloc(out->ent, ncap * sizeof *e);
			if (!e)
				goto fail;
			out->ent = e;
			cap = ncap;
		}
		for (k = 0; k < n_touched; k++) {
			uint32_t o = touched[k];
			if (acc[o] * other->inv_p[o] >= 0.05) {
				out->ent[used].k = o;
				out->ent[used].s = acc[o];
				used++;
			}
			acc[o] = 0;
		}
	}
	out->first[side->n] = used;
	free(acc);
	free(touched);
	return 0;
fail:
	free(acc);
	free(touched);
	bags_free(out);
	return -1;
}

static void pairs_free(pairs *p)
{
	free(p->lo);
	free(p->hi);
	free(p->off);
	free(p->e_first);
	free(p->z_first);
	free(p->e_ent);
	free(p->z_ent);
	free(p->le);
	free(p->lz);
	free(p->same);
	memset(p, 0, sizeof *p);
}

static int push_entry(entry **ent, size_t *n, size_t *cap, uint32_t k, float s)
{
	if (*n == *cap) {
		size_t ncap = *cap ? *cap * 2 : 65536;
		entry *e = realloc(*ent, ncap * sizeof *e);
		if (!e)
			return -1;
		*ent = e;
		*cap = ncap;
	}
	(*ent)[*n].k = k;
	(*ent)[*n].s = s;
	(*n)++;
	return 0;
}

/* Matches of one sentence's words (sorted by type) against a bag (sorted). */
/*
 * The matches of English sentence i with Chinese sentence j, both ways,
 * with i spread out beforehand: pos[e] = its feature index + 1, w[z] = its
 * bag's weight for z. A match whose probability given the other sentence
 * is under 1/20 of the word's frequency adds under 0.05 nats to any bead:
 * it is left out, which keeps the learned tables' long tails cheap.
 */
/*
 * Spread English sentence i for matching against Chinese sentences
 * [jlo, jhi): its words by type, and the weights t(z|e) give the Chinese
 * words of those sentences (only those: an English word may have hundreds
 * of possible translations in the document). on = 0 clears.
 */
static void spread_english(const job *J, size_t i, size_t jlo, size_t jhi, spread_row *r, int on)
{
	size_t k, x, j;

	for (k = J->en.first[i]; k < J->en.first[i + 1]; k++)
		r->pos[J->en.feats[k].type] = on ? (uint32_t)(k - J->en.first[i] + 1) : 0;
	if (!on) {
		for (k = 0; k < r->n_touched; k++) {
			r->near[r->touched[k]] = 0;
			r->w[r->touched[k]] = 0;
		}
		r->n_touched = 0;
		return;
	}
	for (j = jlo; j < jhi; j++)
		for (k = J->zh.first[j]; k < J->zh.first[j + 1]; k++) {
			uint32_t z = J->zh.feats[k].type;
			if (!r->near[z]) {
				r->near[z] = 1;
				r->touched[r->n_touched++] = z;
			}
		}
	for (k = J->en.first[i]; k < J->en.first[i + 1]; k++) {
		const ttable *t = &J->ze;
		uint32_t e = J->en.feats[k].type;
		for (x = t->first[e]; x < t->first[e + 1]; x++)
			if (r->near[t->col[x]])
				r->w[t->col[x]] += (float)J->en.feats[k].count * t->val[x];
	}
}

static int pair_matches(const job *J, const spread_row *r, size_t j, entry **e_ent, size_t *n_e,
			size_t *cap_e, entry **z_ent, size_t *n_z, size_t *cap_z)
{
	size_t k;

	for (k = J->bag_z.first[j]; k < J->bag_z.first[j + 1]; k++) {
		const entry *b = &J->bag_z.ent[k];
		uint32_t pos = r->pos[b->k];
		/* (build_bags kept only entries with b->s × inv_p ≥ 0.05.) */
		if (pos && push_entry(e_ent, n_e, cap_e, pos - 1, b->s))
			return -1;
	}
	for (k = J->zh.first[j]; k < J->zh.first[j + 1]; k++) {
		uint32_t z = J->zh.feats[k].type;
		float w = r->w[z];
		if (w != 0 && w * J->zh.inv_p[z] >= 0.05 &&
		    push_entry(z_ent, n_z, cap_z, (uint32_t)(k - J->zh.first[j]), w))
			return -1;
	}
	return 0;
}

/* One thread's share of build_pairs: the rows [row_from, row_to), into
 * its own lists. */
typedef struct pair_task {
	job *J;
	const pairs *prev;
	spread_row *sr;
	size_t row_from, row_to;
	entry *e_ent, *z_ent;
	size_t n_e, cap_e, n_z, cap_z;
	int rc;
} pair_task;

static void *pair_rows(void *arg)
{
	pair_task *t = arg;
	job *J = t->J;
	pairs *P = &J->pr;
	const pairs *Q = t->prev;
	size_t i, j, k, p, q;

	for (i = t->row_from; i < t->row_to; i++) {
		if (P->same[i]) {
			for (j = P->lo[i]; j < P->hi[i]; j++) {
				p = P->off[i] + j - P->lo[i];
				q = Q->off[i] + j - Q->lo[i];
				P->e_first[p] = (uint32_t)t->n_e;
				P->z_first[p] = (uint32_t)t->n_z;
				for (k = Q->e_first[q]; k < Q->e_first[q + 1]; k++)
					if (push_entry(&t->e_ent, &t->n_e, &t->cap_e, Q->e_ent[k].k, Q->e_ent[k].s))
						goto fail;
				for (k = Q->z_first[q]; k < Q->z_first[q + 1]; k++)
					if (push_entry(&t->z_ent, &t->n_z, &t->cap_z, Q->z_ent[k].k, Q->z_ent[k].s))
						goto fail;
			}
			continue;
		}
		spread_english(J, i, P->lo[i], P->hi[i], t->sr, 1);
		for (j = P->lo[i]; j < P->hi[i]; j++) {
			p = P->off[i] + j - P->lo[i];
			P->e_first[p] = (uint32_t)t->n_e;
			P->z_first[p] = (uint32_t)t->n_z;
			if (pair_matches(J, t->sr, j, &t->e_ent, &t->n_e, &t->cap_e, &t->z_ent, &t->n_z,
					 &t->cap_z)) {
				spread_english(J, i, 0, 0, t->sr, 0);
				goto fail;
			}
		}
		spread_english(J, i, 0, 0, t->sr, 0);
	}
	return NULL;
fail:
	t->rc = -1;
	return NULL;
}

/* Split rows [0, n) so that each of n_threads parts holds about as many
 * pairs: part t is [cut[t], cut[t + 1]). */
static void split_rows(const pairs *P, size_t n_threads, size_t *cut)
{
	size_t total = P->off[P->n], t, row = 0;

	cut[0] = 0;
	for (t = 0; t < n_threads; t++) {
		while (row < P->n && P->off[row] < total * (t + 1) / n_threads)
			row++;
		cut[t + 1] = t == n_threads - 1 ? P->n : row;
	}
}

/*
 * The matches of every pair of sentences the band may put in one bead, in
 * n_threads threads. prev: the pairs of the band this one reshapes (or
 * NULL), whose rows are copied where they serve.
 */
static int build_pairs(job *J, const dp_band *band, const pairs *prev, size_t n_threads)
{
	pairs *P = &J->pr;
	pair_task tasks[THREADS];
	size_t total, i, t, p, cut[THREADS + 1];
	int rc = 0;

	pairs_free(P);
	if (pair_ranges(band, MAX_SPAN, &P->lo, &P->hi, &P->off, &total))
		return -1;
	P->n = band->n;
	P->e_first = malloc((total + 1) * sizeof *P->e_first);
	P->z_first = malloc((total + 1) * sizeof *P->z_first);
	P->same = calloc(P->n + 1, 1);
	if (!P->e_first || !P->z_first || !P->same)
		return -1;
	if (prev && prev->n == P->n)
		for (i = 0; i < P->n; i++)
			P->same[i] = P->lo[i] >= prev->lo[i] && P->hi[i] <= prev->hi[i];
	if (n_threads > THREADS)
		n_threads = THREADS;
	split_rows(P, n_threads, cut);
	memset(tasks, 0, sizeof tasks);
	for (t = 0; t < n_threads; t++) {
		tasks[t].J = J;
		tasks[t].prev = prev;
		tasks[t].sr = &J->spread_row[t];
		tasks[t].row_from = cut[t];
		tasks[t].row_to = cut[t + 1];
	}
	util_run_split(pair_rows, tasks, sizeof(*tasks), n_threads);
	/* One list: the first thread's, then the others', offsets moved. */
	P->e_ent = tasks[0].e_ent;
	P->z_ent = tasks[0].z_ent;
	P->n_e = P->cap_e = tasks[0].n_e;
	P->n_z = P->cap_z = tasks[0].n_z;
	tasks[0].e_ent = tasks[0].z_ent = NULL;
	for (t = 0; t < n_threads; t++)
		rc |= tasks[t].rc;
	for (t = 1; t < n_threads && !rc; t++) {
		entry *e = realloc(P->e_ent, (P->n_e + tasks[t].n_e + 1) * sizeof *e), *z;
		if (e)
			P->e_ent = e;
		z = e ? realloc(P->z_ent, (P->n_z + tasks[t].n_z + 1) * sizeof *z) : NULL;
		if (z)
			P->z_ent = z;
		if (!e || !z) {
			rc = -1;
			break;
		}
		if (tasks[t].n_e)
			memcpy(P->e_ent + P->n_e, tasks[t].e_ent, tasks[t].n_e * sizeof *e);
		if (tasks[t].n_z)
			memcpy(P->z_ent + P->n_z, tasks[t].z_ent, tasks[t].n_z * sizeof *z);
		for (p = P->off[cut[t]]; p < P->off[cut[t + 1]]; p++) {
			P->e_first[p] += (uint32_t)P->n_e;
			P->z_first[p] += (uint32_t)P->n_z;
		}
		P->n_e += tasks[t].n_e;
		P->n_z += tasks[t].n_z;
		P->cap_e = P->n_e + 1;
		P->cap_z = P->n_z + 1;
	}
	for (t = 0; t < n_threads; t++) {
		free(tasks[t].e_ent);
		free(tasks[t].z_ent);
	}
	if (rc)
		return -1;
	P->e_first[total] = (uint32_t)P->n_e;
	P->z_first[total] = (uint32_t)P->n_z;
	return 0;
}

/*
 * log(1 + y) for y >= 0, to about 1e-12: the word evidence takes a
 * logarithm per matched word and bead, most of the aligner's time with
 * the C library's log1p. 1 + y = 2^e × m, m in [1, 2); m is c × (1 + r)
 * with c the middle of m's 1/128th of [1, 2) (tabulated with its log and
 * inverse), |r| < 1/255, and log(1 + r) a short series: no division.
 */
#define LOG_BITS 7
static double log_c[1 << LOG_BITS], inv_c[1 << LOG_BITS];

static void log_init(void)
{
	int k;

	for (k = 0; k < 1 << LOG_BITS; k++) {
		double c = 1 + (k + 0.5) / (1 << LOG_BITS);
		log_c[k] = log(c);
		inv_c[k] = 1 / c;
	}
}

/* The tables of length_cost and log1p_fast, once per process. */
static void math_init(void)
{
	tail_init();
	log_init();
}

static inline double log1p_fast(double y)
{
	union {
		double d;
		uint64_t u;
	} v;
	double r;
	int e, k;

	if (y < 1e-4)
		return y * (1 - y * (0.5 - y * (1.0 / 3)));
	v.d = 1 + y;
	e = (int)((v.u >> 52) & 0x7FF) - 1023;
	k = (int)((v.u >> (52 - LOG_BITS)) & ((1 << LOG_BITS) - 1));
	v.u = (v.u & 0x000FFFFFFFFFFFFFULL) | 0x3FF0000000000000ULL; /* m in [1, 2) */
	r = v.d * inv_c[k] - 1;
	return e * M_LN2 + log_c[k] + r * (1 - r * (0.5 - r * (1.0 / 3 - r * 0.25)));
}

/*
 * The word evidence of a bead, in nats: for each word, how much likelier
 * it is given the other side's words (Model 1: the mean of t(w|v) over
 * them) than by chance (its frequency in the document), as
 * log(1 + P(w | other side) / P(w)). A word with no translation on the
 * other side adds nothing; a rare word translated adds most. Half of each
 * direction. Here, one sentence's share against spans of 1 to MAX_SPAN
 * sentences of the other side.
 */
static inline int pair_of(const pairs *P, size_t a, size_t b, size_t *p)
{
	if (b < P->lo[a] || b >= P->hi[a])
		return 0;
	*p = P->off[a] + b - P->lo[a];
	return 1;
}

typedef struct table_task {
	job *J;
	scratch *S;
	const pairs *prev;
	size_t row_from, row_to;
} table_task;

/*
 * May sentence a's tables be copied from the previous band's? Its own
 * English-side tables read its own pairs only; its Chinese-side ones, the
 * pairs of the English sentences a .. a + MAX_SPAN - 1. Where those all lie
 * within the previous band's ranges, every entry a bead of the new band
 * reads was computed there from the same pairs. (Entries no bead of the
 * new band reads may differ; nothing reads them.)
 */
static int tables_same(const pairs *P, size_t a)
{
	size_t r;

	for (r = a; r < a + MAX_SPAN && r < P->n; r++)
		if (!P->same[r])
			return 0;
	return 1;
}

static void *lex_tables(void *arg)
{
	table_task *t = arg;
	job *J = t->J;
	pairs *P = &J->pr;
	float *acc = t->S->acc;
	uint32_t *touched = t->S->touched;
	size_t a, j, d, k, p, q, n_touched;

	for (a = t->row_from; a < t->row_to; a++) {
		if (tables_same(P, a)) {
			const pairs *Q = t->prev;
			for (j = P->lo[a]; j < P->hi[a]; j++) {
				p = P->off[a] + j - P->lo[a];
				q = Q->off[a] + j - Q->lo[a];
				memcpy(P->le + p * MAX_SPAN, Q->le + q * MAX_SPAN, MAX_SPAN * sizeof *P->le);
				memcpy(P->lz + p * MAX_SPAN, Q->lz + q * MAX_SPAN, MAX_SPAN * sizeof *P->lz);
			}
			continue;
		}
		for (j = P->lo[a]; j < P->hi[a]; j++) {
			const align_feat *f;
			double n_other;

			/* English sentence a against Chinese j .. j+d. */
			p = P->off[a] + j - P->lo[a];
			f = J->en.feats + J->en.first[a];
			n_touched = 0;
			n_other = 0;
			for (d = 0; d < MAX_SPAN; d++) {
				double lex = 0;
				if (j + d < J->zh.n)
					n_other += J->zh.ntok[j + d];
				if (j + d < J->zh.n && pair_of(P, a, j + d, &q))
					for (k = P->e_first[q]; k < P->e_first[q + 1]; k++) {
						uint32_t x = P->e_ent[k].k;
						if (acc[x] == 0)
							touched[n_touched++] = x;
						acc[x] += P->e_ent[k].s;
					}
				for (k = 0; k < n_touched; k++) {
					uint32_t x = touched[k];
					lex += f[x].count *
					       log1p_fast(acc[x] * J->en.inv_p[f[x].type] / (n_other + 1));
				}
				P->le[p * MAX_SPAN + d] = (float)lex;
			}
			for (k = 0; k < n_touched; k++)
				acc[touched[k]] = 0;

			/* Chinese sentence j against English a .. a+d. */
			f = J->zh.feats + J->zh.first[j];
			n_touched = 0;
			n_other = 0;
			for (d = 0; d < MAX_SPAN; d++) {
				double lex = 0;
				if (a + d < J->en.n)
					n_other += J->en.ntok[a + d];
				if (a + d < J->en.n && pair_of(P, a + d, j, &q))
					for (k = P->z_first[q]; k < P->z_first[q + 1]; k++) {
						uint32_t x = P->z_ent[k].k;
						if (acc[x] == 0)
							touched[n_touched++] = x;
						acc[x] += P->z_ent[k].s;
					}
				for (k = 0; k < n_touched; k++) {
					uint32_t x = touched[k];
					lex += f[x].count *
					       log1p_fast(acc[x] * J->zh.inv_p[f[x].type] / (n_other + 1));
				}
				P->lz[p * MAX_SPAN + d] = (float)lex;
			}
			for (k = 0; k < n_touched; k++)
				acc[touched[k]] = 0;
		}
	}
	return NULL;
}

/* The tables, rows split between the threads. */
static int build_lex_tables(job *J, scratch *S, const pairs *prev, size_t n_threads)
{
	pairs *P = &J->pr;
	size_t total = P->off[P->n], t, cut[THREADS + 1];
	table_task tasks[THREADS];

	P->le = malloc((total + 1) * MAX_SPAN * sizeof *P->le);
	P->lz = malloc((total + 1) * MAX_SPAN * sizeof *P->lz);
	if (!P->le || !P->lz)
		return -1;
	if (n_threads > THREADS)
		n_threads = THREADS;
	split_rows(P, n_threads, cut);
	for (t = 0; t < n_threads; t++) {
		tasks[t].J = J;
		tasks[t].S = &S[t];
		tasks[t].prev = prev;
		tasks[t].row_from = cut[t];
		tasks[t].row_to = cut[t + 1];
	}
	util_run_split(lex_tables, tasks, sizeof(*tasks), n_threads);
	return 0;
}

static double bead_lex(const job *J, size_t i, size_t da, size_t j, size_t db)
{
	const pairs *P = &J->pr;
	double lex = 0;
	size_t a, b, p;

	for (a = i; a < i + da; a++)
		if (pair_of(P, a, j, &p))
			lex += P->le[p * MAX_SPAN + db - 1];
	for (b = j; b < j + db; b++)
		if (pair_of(P, i, b, &p))
			lex += P->lz[p * MAX_SPAN + da - 1];
	return lex / 2;
}

static double exact_cost(void *ctx, size_t i, size_t da, size_t j, size_t db)
{
	scratch *S = ctx;
	job *J = S->J;
	double la = 0, lb = 0, cost;
	size_t a, b;

	if (!bead_allowed(J, i, da, j, db))
		return INFINITY;
	cost = J->move_cost[move_index[da][db]];
	if (!da || !db)
		return cost;
	for (a = i; a < i + da; a++)
		la += J->en.len[a];
	for (b = j; b < j + db; b++)
		lb += J->zh.len[b];
	return cost + length_cost(J->ratio, J->spread, la, lb) - bead_lex(J, i, da, j, db);
}

/* The word evidence of any 1-1 pair, in or out of the band (as bead_lex). */
static double pair_lex_direct(job *J, size_t i, size_t j)
{
	entry *e_ent = NULL, *z_ent = NULL;
	size_t n_e = 0, cap_e = 0, n_z = 0, cap_z = 0, k;
	double lex_e = 0, lex_z = 0;
	const align_feat *fe = J->en.feats + J->en.first[i], *fz = J->zh.feats + J->zh.first[j];
	int rc;

	spread_english(J, i, j, j + 1, &J->spread_row[0], 1);
	rc = pair_matches(J, &J->spread_row[0], j, &e_ent, &n_e, &cap_e, &z_ent, &n_z, &cap_z);
	spread_english(J, i, 0, 0, &J->spread_row[0], 0);
	if (!rc) {
		for (k = 0; k < n_e; k++)
			lex_e += fe[e_ent[k].k].count *
				 log1p(e_ent[k].s * J->en.inv_p[fe[e_ent[k].k].type] / (J->zh.ntok[j] + 1.0));
		for (k = 0; k < n_z; k++)
			lex_z += fz[z_ent[k].k].count *
				 log1p(z_ent[k].s * J->zh.inv_p[fz[z_ent[k].k].type] / (J->en.ntok[i] + 1.0));
	}
	free(e_ent);
	free(z_ent);
	return (lex_e + lex_z) / 2;
}

/*
 * One exact pass in a band around a path (or over the whole grid when it is
 * small). Where the answer runs along the band's edge, the band may have cut
 * off a better path: the pass is run again in a band that keeps the path
 * elsewhere and opens twice as wide around those rows (up to three times),
 * and the new stretches of path replace the old ones.
 */
static int exact_pass(job *J, const dp_path *around, size_t width, dp_path *out)
{
	size_t n_near, t, k, x;
	int tries, full = (J->en.n + 1) * (J->zh.n + 1) <= FULL_CELLS, rc = -1;
	size_t n_threads = J->al->opt.threads == 1 ? 1 : THREADS;
	scratch S[THREADS];
	void *ctx[THREADS];
	size_t *rows = NULL;
	unsigned char *redone = NULL;
	dp_path fresh = {NULL, 0};
	dp_band band;
	pairs prev;

	PHASE_START();

	memset(S, 0, sizeof S);
	out->steps = NULL;
	out->count = 0;
	pairs_free(&J->pr);
	bags_free(&J->bag_z);
	if (build_bags(&J->zh, &J->ez, &J->en, &J->bag_z))
		return -1;
	PHASE("  bags");
	k = (J->en.max_feats > J->zh.max_feats ? J->en.max_feats : J->zh.max_feats) + 1;
	for (t = 0; t < THREADS; t++) {
		S[t].J = J;
		S[t].acc = calloc(k, sizeof *S[t].acc);
		S[t].touched = malloc(k * sizeof *S[t].touched);
		ctx[t] = &S[t];
		if (!S[t].acc || !S[t].touched)
			goto done;
	}
	rows = malloc((J->en.n + 1) * sizeof *rows);
	redone = calloc(J->en.n + 1, 1);
	if (!rows || !redone)
		goto done;
	if (full ? dp_band_full(&band, J->en.n, J->zh.n)
		 : dp_band_around(&band, J->en.n, J->zh.n, around, width))
		goto done;
	for (tries = 0;; tries++) {
		dp_path *result = tries ? &fresh : out;
		/* A second try reshapes the band: what the first computed
		 * serves where the new band asks nothing new. */
		prev = J->pr;
		memset(&J->pr, 0, sizeof J->pr);
		if (build_pairs(J, &band, tries ? &prev : NULL, n_threads)) {
			pairs_free(&prev);
			dp_band_free(&band);
			goto done;
		}
		PHASE("  pairs");
		if (build_lex_tables(J, S, tries ? &prev : NULL, n_threads)) {
			pairs_free(&prev);
			dp_band_free(&band);
			goto done;
		}
		pairs_free(&prev);
		PHASE("  evidence tables");
		if (dp_search(&band, fine_moves, N_FINE, exact_cost, ctx, n_threads, 1, result)) {
			dp_band_free(&band);
			goto done;
		}
		PHASE("  search");
		if (tries) {
			/* Outside the reopened rows the path was held: keep the
			 * posteriors of the search that was free there. */
			size_t o = 0;
			for (k = 0; k < fresh.count; k++) {
				dp_step *st = &fresh.steps[k];
				int open = 0;
				for (x = st->i; x <= st->i + st->da && x <= J->en.n; x++)
					open |= redone[x];
				while (o < out->count && (out->steps[o].i < st->i ||
							  (out->steps[o].i == st->i && out->steps[o].j < st->j)))
					o++;
				if (!open && o < out->count && out->steps[o].i == st->i &&
				    out->steps[o].j == st->j && out->steps[o].da == st->da &&
				    out->steps[o].db == st->db)
					st->posterior = out->steps[o].posterior;
			}
			dp_path_free(out);
			*out = fresh;
			fresh.steps = NULL;
			fresh.count = 0;
		}
		n_near = full ? 0 : dp_path_near_edge(&band, out, 1, rows, J->en.n + 1);
		if (tries) {
			/* Elsewhere the band is the path itself: only the reopened
			 * rows can tell. */
			size_t kept = 0;
			for (k = 0; k < n_near; k++)
				if (redone[rows[k]])
					rows[kept++] = rows[k];
			n_near = kept;
		}
		dp_band_free(&band);
		if (n_near == 0 || tries == 3)
			break;
		width *= 2;
		memset(redone, 0, J->en.n + 1);
		for (k = 0; k < n_near; k++)
			for (x = rows[k] > 2 * width ? rows[k] - 2 * width : 0;
			     x <= rows[k] + 2 * width && x <= J->en.n; x++)
				redone[x] = 1;
		if (dp_band_focus(&band, J->en.n, J->zh.n, out, rows, n_near, 2 * width, width))
			goto done;
	}
	rc = 0;
done:
	if (rc)
		dp_path_free(out);
	pairs_free(&J->pr); /* the bags stay: the parallel test reads them */
	dp_path_free(&fresh);
	free(rows);
	free(redone);
	for (t = 0; t < THREADS; t++) {
		free(S[t].acc);
		free(S[t].touched);
	}
	return rc;
}

/* Length ratio and spread from the confident beads of a path. */
static void estimate_length_model(job *J, const dp_path *path)
{
	double la = 0, lb = 0;
	size_t k, a, b;

	for (k = 0; k < path->count; k++) {
		const dp_step *s = &path->steps[k];
		if (!s->da || !s->db || s->posterior < CONFIDENT)
			continue;
		for (a = s->i; a < s->i + s->da; a++)
			la += J->en.len[a];
		for (b = s->j; b < s->j + s->db; b++)
			lb += J->zh.len[b];
	}
	if (la > 0 && lb > 0)
		J->ratio = lb / la;
	J->spread = estimate_spread(J, path, J->ratio, J->spread);
}

/* ---- what the document teaches: IBM Model 1 both ways ------------------------- */

/* One direction of Model 1 training. */
typedef struct em_task {
	size_t n_beads;
	const size_t *bead_e, *bead_z, *bead_p; /* a bead's English and Chinese words, its pairs */
	const align_feat *etok, *ztok;
	const uint32_t *bp;                     /* pair of English word x, Chinese word y: bp[x * nz + y] */
	size_t n_pairs;
	int english_given_chinese;
	const double *inv_p;                    /* of the words generated */
	const uint32_t *given;                  /* per pair: the word conditioned on */
	size_t n_given;
	float *t;
	const float *t0;
	float *c;
	double *tot;
} em_task;

static void *em_run(void *arg)
{
	em_task *T = arg;
	size_t it, b, x, y, p;

	/* Start from co-occurrence: every pair alike. */
	for (p = 0; p < T->n_pairs; p++)
		T->t[p] = 1;
	for (it = 0; it < EM_ITERATIONS; it++) {
		memset(T->c, 0, T->n_pairs * sizeof *T->c);
		memset(T->tot, 0, T->n_given * sizeof *T->tot);
		for (b = 0; b < T->n_beads; b++) {
			size_t nz = T->bead_z[b + 1] - T->bead_z[b], ne = T->bead_e[b + 1] - T->bead_e[b];
			const uint32_t *pp = T->bp + T->bead_p[b];
			const align_feat *es = T->etok + T->bead_e[b], *zs = T->ztok + T->bead_z[b];
			if (T->english_given_chinese) {
				for (x = 0; x < ne; x++) {
					const uint32_t *row = pp + x * nz;
					float denom = (float)(1.0 / T->inv_p[es[x].type]), r;
					for (y = 0; y < nz; y++)
						denom += (float)zs[y].count * T->t[row[y]];
					r = (float)es[x].count / denom;
					for (y = 0; y < nz; y++)
						T->c[row[y]] += (float)zs[y].count * r * T->t[row[y]];
				}
			} else {
				for (y = 0; y < nz; y++) {
					float denom = (float)(1.0 / T->inv_p[zs[y].type]), r;
					for (x = 0; x < ne; x++)
						denom += (float)es[x].count * T->t[pp[x * nz + y]];
					r = (float)zs[y].count / denom;
					for (x = 0; x < ne; x++) {
						p = pp[x * nz + y];
						T->c[p] += (float)es[x].count * r * T->t[p];
					}
				}
			}
		}
		for (p = 0; p < T->n_pairs; p++)
			T->tot[T->given[p]] += T->c[p];
		for (p = 0; p < T->n_pairs; p++)
			T->t[p] = (float)((T->c[p] + PRIOR_WEIGHT * T->t0[p]) /
					  (T->tot[T->given[p]] + PRIOR_WEIGHT));
	}
	return NULL;
}

/* Grow an array of n items of size sz to hold one more. */
static int grow(void **items, size_t *cap, size_t n, size_t sz)
{
	void *p;
	size_t ncap;

	if (n < *cap)
		return 0;
	ncap = *cap ? *cap * 2 : 1 << 16;
	p = realloc(*items, ncap * sz);
	if (!p)
		return -1;
	*items = p;
	*cap = ncap;
	return 0;
}

/*
 * Train t(e|z) and t(z|e) on the confident beads of a path. Each direction
 * is IBM Model 1 with an empty word that produces words at their document
 * frequency, and with the dictionary as a Dirichlet prior: a word seen c
 * times gets t = (expected count + PRIOR_WEIGHT × t_dict) / (c + PRIOR_WEIGHT),
 * so the dictionary decides for words the document rarely shows, and the
 * document for the words it shows often.
 *
 * The pairs of words that meet in a bead are numbered English word by
 * English word (a counting sort, through the list of where each English
 * word occurs): pairs [pair_first[e], pair_first[e + 1]) are e's, and a
 * dense mark over the Chinese words finds each pair's number without a
 * hash table.
 */
static int learn_translations(job *J, const dp_path *path)
{
	size_t n_e_types = J->en.vocab.count, n_z_types = J->zh.vocab.count;
	align_feat *etok = NULL, *ztok = NULL;
	size_t *bead_e = NULL, *bead_z = NULL, *bead_p = NULL, n_beads = 0, n_etok = 0, n_ztok = 0;
	size_t *occ_first = NULL, *pair_first = NULL;
	uint32_t *occ_tok = NULL, *occ_bead = NULL, *mark = NULL, *bp = NULL;
	size_t n_bp = 0, n_pairs = 0, k, x, y, b, a, e, r;
	float *t_ez = NULL, *t_ze = NULL, *t0_ez = NULL, *t0_ze = NULL, *dv_ez = NULL, *dv_ze = NULL;
	float *c_ez = NULL, *c_ze = NULL;
	double *tot_z = NULL, *tot_e = NULL;
	uint32_t *pair_e = NULL, *pair_z = NULL;
	size_t cap_e = 0, cap_z = 0, cap_t0e = 0, cap_t0z = 0;
	triples tez = {NULL, 0, 0}, tze = {NULL, 0, 0}, by_e = {NULL, 0, 0};
	ttable new_ez, new_ze, dict_ez_by_e = {0, NULL, NULL, NULL};
	int rc = -1;

	PHASE_START();
	bead_e = malloc((path->count + 1) * sizeof *bead_e);
	bead_z = malloc((path->count + 1) * sizeof *bead_z);
	bead_p = malloc((path->count + 1) * sizeof *bead_p);
	etok = malloc((J->en.n_feats + 1) * sizeof *etok);
	ztok = malloc((J->zh.n_feats + 1) * sizeof *ztok);
	if (!bead_e || !bead_z || !bead_p || !etok || !ztok)
		goto done;
	for (k = 0; k < path->count; k++) {
		const dp_step *s = &path->steps[k];
		if (!s->da || !s->db || s->posterior < CONFIDENT)
			continue;
		bead_e[n_beads] = n_etok;
		bead_z[n_beads] = n_ztok;
		bead_p[n_beads] = n_bp;
		for (a = s->i; a < s->i + s->da; a++)
			for (x = J->en.first[a]; x < J->en.first[a + 1]; x++)
				etok[n_etok++] = J->en.feats[x];
		for (b = s->j; b < s->j + s->db; b++)
			for (y = J->zh.first[b]; y < J->zh.first[b + 1]; y++)
				ztok[n_ztok++] = J->zh.feats[y];
		n_bp += (n_etok - bead_e[n_beads]) * (n_ztok - bead_z[n_beads]);
		n_beads++;
	}
	bead_e[n_beads] = n_etok;
	bead_z[n_beads] = n_ztok;
	bead_p[n_beads] = n_bp;
	if (n_beads == 0) {
		rc = 0; /* nothing to learn from: keep the dictionary */
		goto done;
	}
	/* Where each English word occurs: bead and token, by word. */
	occ_first = calloc(n_e_types + 2, sizeof *occ_first);
	pair_first = malloc((n_e_types + 1) * sizeof *pair_first);
	occ_tok = malloc((n_etok + 1) * sizeof *occ_tok);
	occ_bead = malloc((n_etok + 1) * sizeof *occ_bead);
	mark = calloc(n_z_types + 1, sizeof *mark);
	dv_ez = calloc(n_z_types + 1, sizeof *dv_ez);
	dv_ze = calloc(n_z_types + 1, sizeof *dv_ze);
	bp = malloc((n_bp + 1) * sizeof *bp);
	if (!occ_first || !pair_first || !occ_tok || !occ_bead || !mark || !dv_ez || !dv_ze || !bp)
		goto done;
	for (x = 0; x < n_etok; x++)
		occ_first[etok[x].type + 2]++;
	for (e = 0; e < n_e_types; e++)
		occ_first[e + 2] += occ_first[e + 1];
	for (b = 0; b < n_beads; b++)
		for (x = bead_e[b]; x < bead_e[b + 1]; x++) {
			size_t at = occ_first[etok[x].type + 1]++;
			occ_tok[at] = (uint32_t)x;
			occ_bead[at] = (uint32_t)b;
		}
	/* The dictionary's t(e|z) by e, to read beside t(z|e). */
	for (k = 0; k < n_z_types; k++)
		for (r = J->dict_ez.first[k]; r < J->dict_ez.first[k + 1]; r++)
			if (triples_add(&by_e, J->dict_ez.col[r], (uint32_t)k, J->dict_ez.val[r]))
				goto done;
	if (ttable_build(&dict_ez_by_e, n_e_types, by_e.items, by_e.n))
		goto done;
	free(by_e.items);
	by_e.items = NULL;
	/* Number the pairs, English word by English word. */
	for (e = 0; e < n_e_types; e++) {
		pair_first[e] = n_pairs;
		if (occ_first[e] == occ_first[e + 1])
			continue;
		for (r = J->dict_ze.first[e]; r < J->dict_ze.first[e + 1]; r++)
			dv_ze[J->dict_ze.col[r]] = J->dict_ze.val[r];
		for (r = dict_ez_by_e.first[e]; r < dict_ez_by_e.first[e + 1]; r++)
			dv_ez[dict_ez_by_e.col[r]] = dict_ez_by_e.val[r];
		for (k = occ_first[e]; k < occ_first[e + 1]; k++) {
			size_t bb = occ_bead[k], nz = bead_z[bb + 1] - bead_z[bb];
			const align_feat *zs = ztok + bead_z[bb];
			uint32_t *out = bp + bead_p[bb] + (occ_tok[k] - bead_e[bb]) * nz;
			for (y = 0; y < nz; y++) {
				uint32_t z = zs[y].type;
				if (!mark[z]) {
					if (grow((void **)&pair_e, &cap_e, n_pairs, sizeof *pair_e) ||
					    grow((void **)&pair_z, &cap_z, n_pairs, sizeof *pair_z) ||
					    grow((void **)&t0_ez, &cap_t0e, n_pairs, sizeof *t0_ez) ||
					    grow((void **)&t0_ze, &cap_t0z, n_pairs, sizeof *t0_ze))
						goto done;
					pair_e[n_pairs] = (uint32_t)e;
					pair_z[n_pairs] = z;
					t0_ez[n_pairs] = dv_ez[z];
					t0_ze[n_pairs] = dv_ze[z];
					mark[z] = (uint32_t)++n_pairs;
				}
				out[y] = mark[z] - 1;
			}
		}
		for (k = pair_first[e]; k < n_pairs; k++)
			mark[pair_z[k]] = 0;
		for (r = J->dict_ze.first[e]; r < J->dict_ze.first[e + 1]; r++)
			dv_ze[J->dict_ze.col[r]] = 0;
		for (r = dict_ez_by_e.first[e]; r < dict_ez_by_e.first[e + 1]; r++)
			dv_ez[dict_ez_by_e.col[r]] = 0;
	}
	pair_first[n_e_types] = n_pairs;
	free(occ_tok);
	free(occ_bead);
	occ_tok = occ_bead = NULL;
	PHASE("  co-occurrences");
	t_ez = malloc((n_pairs + 1) * sizeof *t_ez);
	t_ze = malloc((n_pairs + 1) * sizeof *t_ze);
	c_ez = malloc((n_pairs + 1) * sizeof *c_ez);
	c_ze = malloc((n_pairs + 1) * sizeof *c_ze);
	tot_z = calloc(n_z_types + 1, sizeof *tot_z);
	tot_e = calloc(n_e_types + 1, sizeof *tot_e);
	if (!t_ez || !t_ze || !c_ez || !c_ze || !tot_z || !tot_e)
		goto done;
	{
		/* The two directions are independent: one thread each. */
		em_task tasks[2];
		pthread_t thread;
		int started;

		for (x = 0; x < 2; x++) {
			em_task *t = &tasks[x];
			t->n_beads = n_beads;
			t->bead_e = bead_e;
			t->bead_z = bead_z;
			t->bead_p = bead_p;
			t->etok = etok;
			t->ztok = ztok;
			t->bp = bp;
			t->n_pairs = n_pairs;
			t->english_given_chinese = x == 0;
			t->inv_p = x == 0 ? J->en.inv_p : J->zh.inv_p;
			t->given = x == 0 ? pair_z : pair_e;
			t->n_given = x == 0 ? n_z_types : n_e_types;
			t->t = x == 0 ? t_ez : t_ze;
			t->t0 = x == 0 ? t0_ez : t0_ze;
			t->c = x == 0 ? c_ez : c_ze;
			t->tot = x == 0 ? tot_z : tot_e;
		}
		started = J->al->opt.threads != 1 && pthread_create(&thread, NULL, em_run, &tasks[1]) == 0;
		em_run(&tasks[0]);
		if (started)
			pthread_join(thread, NULL);
		else
			em_run(&tasks[1]);
	}
	PHASE("  EM");
	/* The tables: learned pairs, and dictionary pairs the beads never showed. */
	for (k = 0; k < n_pairs; k++) {
		uint32_t pe = pair_e[k], pz = pair_z[k];
		/* Keep a pair where the one word makes the other likelier
		 * than its frequency does; below that it is no evidence. */
		if (t_ez[k] >= PRUNE && t_ez[k] * J->en.inv_p[pe] >= 1 && triples_add(&tez, pz, pe, t_ez[k]))
			goto done;
		if (t_ze[k] >= PRUNE && t_ze[k] * J->zh.inv_p[pz] >= 1 && triples_add(&tze, pe, pz, t_ze[k]))
			goto done;
	}
	for (e = 0; e < n_e_types; e++) {
		for (k = pair_first[e]; k < pair_first[e + 1]; k++)
			mark[pair_z[k]] = 1;
		for (r = J->dict_ze.first[e]; r < J->dict_ze.first[e + 1]; r++) {
			uint32_t z = J->dict_ze.col[r];
			if (!mark[z] && triples_add(&tze, (uint32_t)e, z,
						    (float)(PRIOR_WEIGHT * J->dict_ze.val[r] /
							    (tot_e[e] + PRIOR_WEIGHT))))
				goto done;
		}
		for (r = dict_ez_by_e.first[e]; r < dict_ez_by_e.first[e + 1]; r++) {
			uint32_t z = dict_ez_by_e.col[r];
			if (!mark[z] && triples_add(&tez, z, (uint32_t)e,
						    (float)(PRIOR_WEIGHT * dict_ez_by_e.val[r] /
							    (tot_z[z] + PRIOR_WEIGHT))))
				goto done;
		}
		for (k = pair_first[e]; k < pair_first[e + 1]; k++)
			mark[pair_z[k]] = 0;
	}
	if (ttable_build(&new_ez, n_z_types, tez.items, tez.n))
		goto done;
	if (ttable_build(&new_ze, n_e_types, tze.items, tze.n)) {
		ttable_free(&new_ez);
		goto done;
	}
	if (J->ez.first != J->dict_ez.first)
		ttable_free(&J->ez);
	if (J->ze.first != J->dict_ze.first)
		ttable_free(&J->ze);
	J->ez = new_ez;
	J->ze = new_ze;
	PHASE("  tables");
	rc = 0;
done:
	free(etok);
	free(ztok);
	free(bead_e);
	free(bead_z);
	free(bead_p);
	free(occ_first);
	free(pair_first);
	free(occ_tok);
	free(occ_bead);
	free(mark);
	free(dv_ez);
	free(dv_ze);
	free(bp);
	free(t_ez);
	free(t_ze);
	free(t0_ez);
	free(t0_ze);
	free(c_ez);
	free(c_ze);
	free(tot_z);
	free(tot_e);
	free(tez.items);
	free(tze.items);
	free(by_e.items);
	ttable_free(&dict_ez_by_e);
	free(pair_e);
	free(pair_z);
	return rc;
}

/* ---- parallel or not ----------------------------------------------------------- */

/*
 * Of the path's beads, how many are 1-1 beads with word evidence that only
 * 1% of random pairings of the same sentences reach? A search free to pick the
 * best of the candidates its band offers each row would reach that level
 * by chance in 1 - 0.99^W of the rows; the path is held to an order, so a
 * pair of unrelated documents stays below that, and a translation far
 * above it.
 */
static void parallel_test(job *J, const dp_path *path, sy_alignment *out)
{
	double *scores = malloc(RANDOM_PAIRS * sizeof *scores), q99;
	size_t *where = malloc((J->en.n + 1) * sizeof *where);
	size_t far = 2 * FINE_WIDTH + 1, k, n = 0, tries, beads = 0, above = 0, any = 0;
	uint64_t seed = 4242;

	out->parallel = 1;
	out->evidence = 0;
	out->chance = 1 - pow(0.99, (double)far);
	/* A few sentences are too few to judge. */
	if (!scores || !where || J->en.n < 5 || J->zh.n < 5)
		goto done;
	/* Random pairings stay well away from the path: near it they would
	 * be translations, or neighbours of one. */
	for (k = 0; k < path->count; k++) {
		size_t a;
		for (a = path->steps[k].i; a < path->steps[k].i + path->steps[k].da; a++)
			where[a] = path->steps[k].j;
	}
	for (tries = 0; n < RANDOM_PAIRS && tries < 20 * RANDOM_PAIRS; tries++) {
		size_t i = next_random(&seed) % J->en.n, j = next_random(&seed) % J->zh.n;
		if (j + far > where[i] && j < where[i] + far)
			continue;
		scores[n++] = pair_lex_direct(J, i, j);
	}
	/* Too short a document to have pairs far apart: nothing to say. */
	if (n < 100)
		goto done;
	qsort(scores, n, sizeof *scores, cmp_double);
	q99 = scores[n * 99 / 100];
	/* Only a 1-1 bead can show evidence: the best of several pairs in a
	 * larger bead would beat the random pairs more often by chance. */
	for (k = 0; k < path->count; k++) {
		const dp_step *s = &path->steps[k];
		double lex;
		if (!s->da || !s->db)
			continue;
		beads++;
		if (s->da != 1 || s->db != 1)
			continue;
		lex = pair_lex_direct(J, s->i, s->j);
		any += lex > 0;
		above += lex > q99;
	}
	/* No word evidence on either side at all (no dictionary, no
	 * anchors): nothing to say. */
	if (any == 0 && q99 == 0)
		goto done;
	/* A path of omissions is no translation either. */
	out->evidence = beads ? (double)above / beads : 0;
	out->parallel = out->evidence > out->chance;
done:
	free(scores);
	free(where);
}

/* ---- the whole ---------------------------------------------------------------------- */

typedef struct zh_task {
	job *J;
	const sy_sentence_list *list;
	int rc;
} zh_task;

static void *read_chinese(void *arg)
{
	zh_task *task = arg;
	sy_aligner *al = task->J->al;
	char **terms = malloc((al->n_terms + 1) * sizeof *terms);
	size_t t;

	if (!terms) {
		task->rc = -1;
		return NULL;
	}
	for (t = 0; t < al->n_terms; t++)
		terms[t] = al->terms[t].zh;
	task->rc = align_side_chinese(&task->J->zh, task->list, &al->stop, terms, al->n_terms);
	free(terms);
	return NULL;
}

static void job_free(job *J)
{
	size_t k;

	if (J->ez.first != J->dict_ez.first)
		ttable_free(&J->ez);
	if (J->ze.first != J->dict_ze.first)
		ttable_free(&J->ze);
	ttable_free(&J->dict_ez);
	ttable_free(&J->dict_ze);
	align_side_free(&J->en);
	align_side_free(&J->zh);
	free(J->seg_a);
	free(J->seg_b);
	free(J->seg_of_a);
	free(J->seg_of_b);
	bags_free(&J->bag_z);
	pairs_free(&J->pr);
	svec_free(J->sv_a);
	svec_free(J->sv_b);
	for (k = 0; k < THREADS; k++) {
		free(J->spread_row[k].pos);
		free(J->spread_row[k].w);
		free(J->spread_row[k].near);
		free(J->spread_row[k].touched);
	}
}

/* One side empty: every sentence of the other is left unmatched. */
static int align_one_sided(const sy_sentence_list *zh, const sy_sentence_list *en,
			   sy_alignment *out, sy_error *err)
{
	size_t k, n = zh->count + en->count;

	out->beads = calloc(n ? n : 1, sizeof *out->beads);
	if (!out->beads)
		return sy_error_set(err, SY_ENOMEM, "out of memory");
	for (k = 0; k < zh->count; k++) {
		out->beads[out->count].zh_first = k;
		out->beads[out->count].zh_count = 1;
		out->beads[out->count].score = 1;
		out->count++;
	}
	for (k = 0; k < en->count; k++) {
		out->beads[out->count].en_first = k;
		out->beads[out->count].en_count = 1;
		out->beads[out->count].score = 1;
		out->count++;
	}
	return SY_OK;
}

/* The corridor: coarse paths of the segments, joined. */
static int corridor(job *J, dp_path *out)
{
	size_t s, k, cap = 0;

	out->steps = NULL;
	out->count = 0;
	for (s = 0; s < J->n_segs; s++) {
		dp_path seg;
		size_t a0 = J->seg_a[s], a1 = J->seg_a[s + 1], b0 = J->seg_b[s], b1 = J->seg_b[s + 1];

		if (coarse_path(J, a0, a1, b0, b1, &seg))
			return -1;
		if (out->count + seg.count > cap) {
			size_t ncap = cap ? cap * 2 : 1024;
			dp_step *steps;
			while (ncap < out->count + seg.count)
				ncap *= 2;
			steps = realloc(out->steps, ncap * sizeof *steps);
			if (!steps) {
				dp_path_free(&seg);
				return -1;
			}
			out->steps = steps;
			cap = ncap;
		}
		for (k = 0; k < seg.count; k++) {
			dp_step st = seg.steps[k];
			st.i += a0;
			st.j += b0;
			out->steps[out->count++] = st;
		}
		dp_path_free(&seg);
	}
	return 0;
}

int sy_align(sy_aligner *al, const sy_sentence_list *zh, const sy_sentence_list *en,
	     sy_alignment *out, sy_error *err)
{
	job J;
	dp_path coarse = {NULL, 0}, pass1 = {NULL, 0}, pass2 = {NULL, 0}, *final;
	zh_task task;
	pthread_t thread;
	int threaded, rc = SY_ENOMEM;
	size_t k;
	double total_a = 0, total_b = 0, latin_b = 0;

	memset(out, 0, sizeof *out);
	out->parallel = 1;
	if (!zh->count || !en->count)
		return align_one_sided(zh, en, out, err);
	pthread_once(&tail_once, math_init);

	PHASE_START();

	memset(&J, 0, sizeof J);
	J.al = al;
	task.J = &J;
	task.list = zh;
	task.rc = 0;
	/* Two sides, two threads: ICU for the Chinese, Hunspell for the
	 * English (neither library object is shared). */
	threaded = al->opt.threads != 1 && pthread_create(&thread, NULL, read_chinese, &task) == 0;
	if (!threaded)
		read_chinese(&task);
	if (align_side_english(&J.en, en, al->lm, &al->stop))
		rc = SY_ENOMEM;
	else
		rc = SY_OK;
	if (threaded)
		pthread_join(thread, NULL);
	if (rc || task.rc) {
		job_free(&J);
		return sy_error_set(err, SY_ENOMEM, "out of memory reading the sentences");
	}
	PHASE("read");
	rc = SY_ENOMEM;
	if (build_dictionary(&J))
		goto fail;
	PHASE("dictionary");
	if (find_segments(&J) || sentence_vectors(&J))
		goto fail;
	PHASE("vectors");
	for (k = 0; k < THREADS; k++) {
		spread_row *r = &J.spread_row[k];
		r->pos = calloc(J.en.vocab.count + 1, sizeof *r->pos);
		r->w = calloc(J.zh.vocab.count + 1, sizeof *r->w);
		r->near = calloc(J.zh.vocab.count + 1, 1);
		r->touched = malloc((J.zh.vocab.count + 1) * sizeof *r->touched);
		if (!r->pos || !r->w || !r->near || !r->touched)
			goto fail;
	}
	J.ez = J.dict_ez;
	J.ze = J.dict_ze;

	if (corridor(&J, &coarse))
		goto fail;
	PHASE("corridor");
	svec_free(J.sv_a);
	svec_free(J.sv_b);
	J.sv_a = J.sv_b = NULL;
	/*
	 * Lengths. English words and numbers inside the Chinese text are as
	 * long as on the English side, not ratio times as long: the ratio is
	 * measured on the rest (Chinese characters against the English text
	 * less those words), and a Latin character in a Chinese sentence then
	 * counts as ratio Chinese characters.
	 */
	for (k = 0; k < J.en.n; k++)
		total_a += J.en.len[k];
	for (k = 0; k < J.zh.n; k++) {
		total_b += J.zh.len[k] - J.zh.latin[k];
		latin_b += J.zh.latin[k];
	}
	J.ratio = total_b > 0 && total_a > latin_b ? total_b / (total_a - latin_b) : 1;
	for (k = 0; k < J.zh.n; k++)
		J.zh.len[k] += (J.ratio - 1) * J.zh.latin[k];
	/* Pass 1 reads lengths as Moore does: variance equal to the mean
	 * (Poisson), nothing fitted; pass 2 measures the spread on pass 1. */
	J.spread = J.ratio;
	estimate_priors(&J, &coarse);

	if (exact_pass(&J, &coarse, FINE_WIDTH, &pass1))
		goto fail;
	PHASE("pass 1");
	parallel_test(&J, &pass1, out);
	PHASE("parallel test");
	final = &pass1;
	if (al->opt.passes >= 2) {
		estimate_length_model(&J, &pass1);
		estimate_priors(&J, &pass1);
		if (learn_translations(&J, &pass1))
			goto fail;
		PHASE("model 1");
		if (exact_pass(&J, &pass1, REFINE_WIDTH, &pass2))
			goto fail;
		PHASE("pass 2");
		final = &pass2;
	}
	out->length_ratio = J.ratio;
	out->length_spread = J.spread;
	out->beads = malloc((final->count + 1) * sizeof *out->beads);
	if (!out->beads)
		goto fail;
	for (k = 0; k < final->count; k++) {
		const dp_step *s = &final->steps[k];
		sy_bead *b = &out->beads[k];
		b->en_first = s->i;
		b->en_count = s->da;
		b->zh_first = s->j;
		b->zh_count = s->db;
		b->score = s->posterior;
		/* A certain bead's posterior is 1 in a double; a threshold
		 * of 1 asks for every bead to be checked all the same. */
		b->flagged = s->posterior < al->opt.threshold || al->opt.threshold >= 1;
	}
	out->count = final->count;
	rc = SY_OK;
	PHASE("output");
fail:
	dp_path_free(&coarse);
	dp_path_free(&pass1);
	dp_path_free(&pass2);
	job_free(&J);
	if (rc)
		return sy_error_set(err, rc, "out of memory aligning the documents");
	return SY_OK;
}
