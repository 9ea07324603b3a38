/*
 * align_dp.c - banded dynamic programming for the aligner. See align_dp.h.
 */
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "align_dp.h"
#include "util.h"

#ifdef SHUYU_ALIGN_TIMES
#include <stdio.h>
#include <time.h>
static double dp_clock(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}
#define DP_PHASE_START() double phase_t0_ = dp_clock()
#define DP_PHASE(name)                                                                   \
	do {                                                                             \
		double phase_t1_ = dp_clock();                                           \
		fprintf(stderr, "align:     %-18s %6.3f s\n", name, phase_t1_ - phase_t0_); \
		phase_t0_ = phase_t1_;                                                   \
	} while (0)
#else
#define DP_PHASE_START() ((void)0)
#define DP_PHASE(name) ((void)0)
#endif

static int band_alloc(dp_band *band, size_t n, size_t m)
{
	memset(band, 0, sizeof *band);
	band->n = n;
	band->m = m;
	band->lo = malloc((n + 1) * sizeof *band->lo);
	band->hi = malloc((n + 1) * sizeof *band->hi);
	band->off = malloc((n + 2) * sizeof *band->off);
	if (!band->lo || !band->hi || !band->off) {
		dp_band_free(band);
		return -1;
	}
	return 0;
}

/* Offsets of the rows, once lo and hi are set; the grid's corners are
 * always in, so that a path can start and end. */
static void band_finish(dp_band *band)
{
	size_t i, cells = 0;

	band->lo[0] = 0;
	band->hi[band->n] = band->m;
	for (i = 0; i <= band->n; i++) {
		if (band->hi[i] > band->m)
			band->hi[i] = band->m;
		if (band->lo[i] > band->hi[i])
			band->lo[i] = band->hi[i];
		band->off[i] = cells;
		cells += band->hi[i] - band->lo[i] + 1;
	}
	band->off[band->n + 1] = cells;
	band->cells = cells;
}

int dp_band_full(dp_band *band, size_t n, size_t m)
{
	size_t i;

	if (band_alloc(band, n, m))
		return -1;
	for (i = 0; i <= n; i++) {
		band->lo[i] = 0;
		band->hi[i] = m;
	}
	band_finish(band);
	return 0;
}

int dp_band_focus(dp_band *band, size_t n, size_t m, const dp_path *path, const size_t *rows,
		  size_t n_rows, size_t radius, size_t width)
{
	unsigned char *open = calloc(n + 1, 1);
	size_t k, r;

	if (!open || band_alloc(band, n, m)) {
		free(open);
		return -1;
	}
	for (k = 0; k < n_rows; k++) {
		size_t from = rows[k] > radius ? rows[k] - radius : 0;
		size_t to = rows[k] + radius < n ? rows[k] + radius : n;
		for (r = from; r <= to; r++)
			open[r] = 1;
	}
	for (r = 0; r <= n; r++) {
		band->lo[r] = SIZE_MAX;
		band->hi[r] = 0;
	}
	/* The path's own cells: where each bead starts and ends. */
	band->lo[0] = 0;
	band->hi[0] = 0;
	for (k = 0; k < path->count; k++) {
		const dp_step *s = &path->steps[k];
		size_t i1 = s->i + s->da, j1 = s->j + s->db;
		for (r = s->i; r <= i1; r++) {
			size_t jl = r == s->i ? s->j : j1, jh = r == i1 ? j1 : s->j;
			if (r > s->i && r < i1) {
				jl = s->j;
				jh = j1;
			}
			if (jl > jh) {
				size_t x = jl;
				jl = jh;
				jh = x;
			}
			if (jl < band->lo[r])
				band->lo[r] = jl;
			if (jh > band->hi[r])
				band->hi[r] = jh;
		}
	}
	for (r = 0; r <= n; r++) {
		if (band->lo[r] == SIZE_MAX) {
			band->lo[r] = 0;
			band->hi[r] = m;
		}
		if (open[r]) {
			band->lo[r] = band->lo[r] > width ? band->lo[r] - width : 0;
			band->hi[r] = band->hi[r] + width < m ? band->hi[r] + width : m;
		}
	}
	free(open);
	band_finish(band);
	return 0;
}

void dp_band_free(dp_band *band)
{
	free(band->lo);
	free(band->hi);
	free(band->off);
	memset(band, 0, sizeof *band);
}

/* Widen per-row column ranges [plo, phi] by width rows and columns. */
static int band_widen(dp_band *band, size_t n, size_t m, const size_t *plo, const size_t *phi,
		      size_t width)
{
	size_t i, r;

	if (band_alloc(band, n, m))
		return -1;
	for (i = 0; i <= n; i++) {
		size_t from = i > width ? i - width : 0, to = i + width < n ? i + width : n;
		size_t lo = SIZE_MAX, hi = 0;
		for (r = from; r <= to; r++) {
			if (plo[r] < lo)
				lo = plo[r];
			if (phi[r] != SIZE_MAX && phi[r] > hi)
				hi = phi[r];
		}
		band->lo[i] = lo == SIZE_MAX ? 0 : (lo > width ? lo - width : 0);
		band->hi[i] = hi + width < m ? hi + width : m;
	}
	band_finish(band);
	return 0;
}

int dp_band_around_points(dp_band *band, size_t n, size_t m, const size_t *pi, const size_t *pj,
			  size_t npoints, size_t width)
{
	size_t *plo = malloc((n + 1) * sizeof *plo), *phi = malloc((n + 1) * sizeof *phi);
	size_t k, r;
	int rc;

	if (!plo || !phi) {
		free(plo);
		free(phi);
		return -1;
	}
	for (r = 0; r <= n; r++) {
		plo[r] = SIZE_MAX;
		phi[r] = SIZE_MAX;
	}
	for (k = 0; k + 1 < npoints; k++) {
		size_t i0 = pi[k], i1 = pi[k + 1] < n ? pi[k + 1] : n;
		for (r = i0; r <= i1; r++) {
			if (plo[r] == SIZE_MAX || pj[k] < plo[r])
				plo[r] = pj[k];
			if (phi[r] == SIZE_MAX || pj[k + 1] > phi[r])
				phi[r] = pj[k + 1];
		}
	}
	/* Rows a path never names (it cannot skip rows, but be safe). */
	for (r = 0; r <= n; r++)
		if (plo[r] == SIZE_MAX) {
			plo[r] = r > 0 ? plo[r - 1] : 0;
			phi[r] = r > 0 ? phi[r - 1] : 0;
		}
	rc = band_widen(band, n, m, plo, phi, width);
	free(plo);
	free(phi);
	return rc;
}

int dp_band_around(dp_band *band, size_t n, size_t m, const dp_path *path, size_t width)
{
	size_t *pi = malloc((path->count + 1) * sizeof *pi), *pj = malloc((path->count + 1) * sizeof *pj);
	size_t k;
	int rc;

	if (!pi || !pj) {
		free(pi);
		free(pj);
		return -1;
	}
	pi[0] = 0;
	pj[0] = 0;
	for (k = 0; k < path->count; k++) {
		pi[k + 1] = path->steps[k].i + path->steps[k].da;
		pj[k + 1] = path->steps[k].j + path->steps[k].db;
	}
	rc = dp_band_around_points(band, n, m, pi, pj, path->count + 1, width);
	free(pi);
	free(pj);
	return rc;
}

size_t dp_path_near_edge(const dp_band *band, const dp_path *path, size_t margin, size_t *rows,
			 size_t max)
{
	size_t k, n = 0;

	for (k = 0; k < path->count; k++) {
		size_t i = path->steps[k].i, j = path->steps[k].j;
		if ((band->lo[i] > 0 && j - band->lo[i] <= margin) ||
		    (band->hi[i] < band->m && band->hi[i] - j <= margin)) {
			if (n < max)
				rows[n++] = i;
		}
	}
	/* Never more than rows holds: a path has more steps than rows when
	 * it takes 0-1 beads, and the callers read rows[0..n). */
	return n;
}

void dp_band_widen_rows(dp_band *band, const size_t *rows, size_t n_rows, size_t extra)
{
	size_t k, r;

	for (k = 0; k < n_rows; k++) {
		size_t from = rows[k] > extra ? rows[k] - extra : 0;
		size_t to = rows[k] + extra < band->n ? rows[k] + extra : band->n;
		for (r = from; r <= to; r++) {
			band->lo[r] = band->lo[r] > extra ? band->lo[r] - extra : 0;
			band->hi[r] = band->hi[r] + extra < band->m ? band->hi[r] + extra : band->m;
		}
	}
	band_finish(band);
}

void dp_path_free(dp_path *path)
{
	free(path->steps);
	path->steps = NULL;
	path->count = 0;
}

static inline int in_band(const dp_band *band, size_t i, size_t j)
{
	return j >= band->lo[i] && j <= band->hi[i];
}

static inline size_t cell_of(const dp_band *band, size_t i, size_t j)
{
	return band->off[i] + (j - band->lo[i]);
}

/* exp(x) for x <= 0, to about 1e-7: forward-backward takes one per bead. */
static inline double exp_neg(double x)
{
	union {
		double d;
		uint64_t u;
	} v;
	double n, f, p;

	if (x < -700)
		return 0;
	x *= 1.4426950408889634; /* to base 2 */
	n = floor(x);
	f = x - n; /* in [0, 1) */
	p = 1 + f * (0.6931471805599453 +
		     f * (0.2402265069591007 +
			  f * (0.05550410866482158 +
			       f * (0.009618129107628477 +
				    f * (0.0013333558146428443 +
					 f * (0.00015403530393381609 + f * 1.525273380405984e-05))))));
	v.d = p;
	v.u += (uint64_t)((int64_t)n) << 52;
	return v.d;
}

/* log Σ exp(x[k]): one logarithm per cell, not one per bead. */
static inline double log_sum(const double *x, size_t n)
{
	double top = -INFINITY, sum = 0;
	size_t k;

	for (k = 0; k < n; k++)
		if (x[k] > top)
			top = x[k];
	if (top == -INFINITY)
		return -INFINITY;
	for (k = 0; k < n; k++)
		sum += exp_neg(x[k] - top);
	return top + log(sum);
}

typedef struct price_task {
	const dp_band *band;
	const dp_move *moves;
	size_t n_moves;
	dp_cost_fn cost;
	void *ctx;
	float *costs;
	size_t row_from, row_to;
} price_task;

/* Price every bead that ends in rows [row_from, row_to). */
static void *price_rows(void *arg)
{
	price_task *t = arg;
	const dp_band *band = t->band;
	size_t i, j, k;

	for (i = t->row_from; i < t->row_to; i++)
		for (j = band->lo[i]; j <= band->hi[i]; j++) {
			size_t c = band->off[i] + (j - band->lo[i]);
			for (k = 0; k < t->n_moves; k++) {
				size_t da = t->moves[k].da, db = t->moves[k].db;
				float bc = INFINITY;
				if (i >= da && j >= db && j - db >= band->lo[i - da] && j - db <= band->hi[i - da])
					bc = (float)t->cost(t->ctx, i - da, da, j - db, db);
				t->costs[c * t->n_moves + k] = bc;
			}
		}
	return NULL;
}

static int price_all(const dp_band *band, const dp_move *moves, size_t n_moves, dp_cost_fn cost,
		     void **ctx, size_t n_ctx, float *costs)
{
	price_task tasks[8];
	size_t t, n = n_ctx < 8 ? n_ctx : 8, done = 0;

	if (n == 0)
		n = 1;
	/* Split the rows so that each thread gets about as many cells. */
	for (t = 0; t < n; t++) {
		size_t want = band->cells * (t + 1) / n, row = done;
		while (row <= band->n && band->off[row] < want)
			row++;
		if (t == n - 1)
			row = band->n + 1;
		tasks[t].band = band;
		tasks[t].moves = moves;
		tasks[t].n_moves = n_moves;
		tasks[t].cost = cost;
		tasks[t].ctx = ctx[t];
		tasks[t].costs = costs;
		tasks[t].row_from = done;
		tasks[t].row_to = row;
		done = row;
	}
	util_run_split(price_rows, tasks, sizeof(*tasks), n);
	return 0;
}

typedef struct fb_task {
	const dp_band *band;
	const dp_move *moves;
	size_t n_moves;
	const float *costs;
	double *alpha, *beta;
} fb_task;

/* Forward: alpha[c], the log of the summed probability of reaching c. */
static void *forward(void *arg)
{
	fb_task *t = arg;
	const dp_band *band = t->band;
	size_t i, j, k, c, n_moves = t->n_moves;

	for (i = 0; i <= band->n; i++)
		for (j = band->lo[i]; j <= band->hi[i]; j++) {
			double x[256];
			size_t nx = 0;
			c = cell_of(band, i, j);
			for (k = 0; k < n_moves; k++) {
				float bc = t->costs[c * n_moves + k];
				if (bc < INFINITY)
					x[nx++] = t->alpha[cell_of(band, i - t->moves[k].da,
								   j - t->moves[k].db)] - bc;
			}
			t->alpha[c] = (i == 0 && j == 0) ? 0 : log_sum(x, nx);
		}
	return NULL;
}

/* Backward: beta[c], the same from c to the end. */
static void *backward(void *arg)
{
	fb_task *t = arg;
	const dp_band *band = t->band;
	size_t i, j, k, c, n_moves = t->n_moves;

	for (i = band->n + 1; i-- > 0;)
		for (j = band->hi[i] + 1; j-- > band->lo[i];) {
			double x[256];
			size_t nx = 0;
			c = cell_of(band, i, j);
			for (k = 0; k < n_moves; k++) {
				size_t ni = i + t->moves[k].da, nj = j + t->moves[k].db, nc;
				float bc;
				if (ni > band->n || nj > band->m || !in_band(band, ni, nj))
					continue;
				nc = cell_of(band, ni, nj);
				bc = t->costs[nc * n_moves + k];
				if (bc < INFINITY)
					x[nx++] = t->beta[nc] - bc;
			}
			t->beta[c] = (i == band->n && j == band->m) ? 0 : log_sum(x, nx);
		}
	return NULL;
}

int dp_search(const dp_band *band, const dp_move *moves, size_t n_moves, dp_cost_fn cost,
	      void **ctx, size_t n_ctx, int posteriors, dp_path *out)
{
	size_t cells = band->cells, i, j, k, c, steps = 0;
	double *best = malloc(cells * sizeof *best);
	unsigned char *back = malloc(cells);
	float *costs = posteriors ? malloc(cells * n_moves * sizeof *costs) : NULL;
	double *alpha = NULL, *beta = NULL;
	fb_task fb;
	pthread_t thread;
	int rc = -1, started = 0;

	DP_PHASE_START();

	memset(&fb, 0, sizeof fb);
	out->steps = NULL;
	out->count = 0;
	if (!best || !back || (posteriors && !costs) || n_moves > 255)
		goto done;
	if (costs) {
		price_all(band, moves, n_moves, cost, ctx, n_ctx, costs);
		DP_PHASE("price");
		fb.band = band;
		fb.moves = moves;
		fb.n_moves = n_moves;
		fb.costs = costs;
		fb.alpha = malloc(cells * sizeof *fb.alpha);
		fb.beta = malloc(cells * sizeof *fb.beta);
		if (!fb.alpha || !fb.beta) {
			alpha = fb.alpha;
			beta = fb.beta;
			goto done;
		}
		/* The forward sums run beside the Viterbi search and the
		 * backward sums. */
		started = n_ctx > 1 && pthread_create(&thread, NULL, forward, &fb) == 0;
	}

	/* Viterbi, pricing each bead once (and keeping the price when the
	 * posteriors will need it again). */
	for (i = 0; i <= band->n; i++) {
		for (j = band->lo[i]; j <= band->hi[i]; j++) {
			double b = INFINITY;
			unsigned char bk = 0xFF;
			c = cell_of(band, i, j);
			for (k = 0; k < n_moves; k++) {
				size_t da = moves[k].da, db = moves[k].db;
				double bc = INFINITY;
				if (i >= da && j >= db && in_band(band, i - da, j - db)) {
					double prev = best[cell_of(band, i - da, j - db)];
					if (prev < INFINITY) {
						bc = costs ? costs[c * n_moves + k]
							   : cost(ctx[0], i - da, da, j - db, db);
						if (prev + bc < b) {
							b = prev + bc;
							bk = (unsigned char)k;
						}
					}
				}
			}
			if (i == 0 && j == 0)
				b = 0;
			best[c] = b;
			back[c] = bk;
		}
	}
	if (posteriors)
		DP_PHASE("viterbi");
	if (!(best[cells - 1] < INFINITY)) {
		if (started)
			pthread_join(thread, NULL);
		alpha = fb.alpha;
		beta = fb.beta;
		goto done;
	}

	/* Trace back. */
	for (i = band->n, j = band->m; i || j;) {
		k = back[cell_of(band, i, j)];
		i -= moves[k].da;
		j -= moves[k].db;
		steps++;
	}
	out->steps = malloc((steps ? steps : 1) * sizeof *out->steps);
	if (!out->steps) {
		if (started)
			pthread_join(thread, NULL);
		alpha = fb.alpha;
		beta = fb.beta;
		goto done;
	}
	out->count = steps;
	for (i = band->n, j = band->m; i || j;) {
		dp_step *s = &out->steps[--steps];
		size_t end = cell_of(band, i, j);
		k = back[end];
		s->da = moves[k].da;
		s->db = moves[k].db;
		s->i = i - s->da;
		s->j = j - s->db;
		s->cost = best[end] - best[cell_of(band, s->i, s->j)];
		s->posterior = 1;
		i = s->i;
		j = s->j;
	}

	if (posteriors) {
		/* The backward sums here, the forward ones in the other
		 * thread (or now). */
		backward(&fb);
		DP_PHASE("backward");
		if (started)
			pthread_join(thread, NULL);
		else
			forward(&fb);
		DP_PHASE("forward wait");
		alpha = fb.alpha;
		beta = fb.beta;
		for (k = 0; k < out->count; k++) {
			dp_step *s = &out->steps[k];
			double lp = alpha[cell_of(band, s->i, s->j)] - s->cost +
				    beta[cell_of(band, s->i + s->da, s->j + s->db)] - alpha[cells - 1];
			s->posterior = lp >= 0 ? 1 : exp(lp);
		}
	}
	rc = 0;
done:
	if (rc)
		dp_path_free(out);
	free(best);
	free(back);
	free(costs);
	free(alpha);
	free(beta);
	return rc;
}
