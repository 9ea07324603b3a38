/*
 * align_dp.h - the aligner's search, apart from what it searches for.
 * Internal to libshuyu (see align.h for the public API).
 *
 * Two sequences, A (n items) and B (m items), are aligned by dynamic
 * programming over the grid of prefix pairs (i, j). Only the cells of a
 * band are visited: row i holds columns lo[i]..hi[i]. A band that follows a
 * path found at a coarser level keeps time and memory linear in n + m; a
 * full band (every column in every row) is for small inputs.
 *
 * A move (da, db) is a bead: A[i-da, i) with B[j-db, j), ending in (i, j).
 * The caller prices beads through a callback. The search gives the
 * cheapest path (Viterbi) and, on request, the posterior probability of
 * each of its beads (forward-backward over the same band, costs read as
 * negative log probabilities).
 *
 * Ownership: dp_band_* allocate into a caller's struct that dp_band_free
 * releases; dp_search fills a dp_path that dp_path_free releases.
 */
#ifndef SHUYU_ALIGN_DP_H
#define SHUYU_ALIGN_DP_H

#include <stddef.h>

typedef struct dp_band {
	size_t n, m;
	size_t *lo, *hi; /* n + 1 rows, inclusive column range */
	size_t *off;     /* index of cell (i, lo[i]) */
	size_t cells;
} dp_band;

typedef struct dp_move {
	unsigned char da, db;
} dp_move;

/* The cost of the bead A[i, i+da) with B[j, j+db); INFINITY forbids it. */
typedef double (*dp_cost_fn)(void *ctx, size_t i, size_t da, size_t j, size_t db);

typedef struct dp_step {
	size_t i, j;         /* where the bead starts */
	unsigned char da, db;
	double cost;
	double posterior;    /* 1 when posteriors were not asked for */
} dp_step;

typedef struct dp_path {
	dp_step *steps;
	size_t count;
} dp_path;

/* Every column in every row. */
int dp_band_full(dp_band *band, size_t n, size_t m);

/*
 * The cells within width of a path (its beads as steps; the path must run
 * from (0, 0) to (n, m)), in both directions: a row's range is widened by
 * the path's columns over the rows within width of it, then by width.
 */
int dp_band_around(dp_band *band, size_t n, size_t m, const dp_path *path, size_t width);

/*
 * The same around a path given as boundary points (i, j) in increasing
 * order from (0, 0) to (n, m): the grid of a coarser level mapped down.
 */
int dp_band_around_points(dp_band *band, size_t n, size_t m, const size_t *pi, const size_t *pj,
			  size_t npoints, size_t width);

/*
 * Widen the band by extra columns each way in the rows within extra of each
 * of the given rows (where a path came too close to the edge).
 */
void dp_band_widen_rows(dp_band *band, const size_t *rows, size_t n_rows, size_t extra);

void dp_band_free(dp_band *band);

/*
 * The rows where a path comes within margin cells of an edge of the band
 * that is not the grid's own: there the band may have cut a better path
 * short. Writes up to max rows; returns how many there are.
 */
size_t dp_path_near_edge(const dp_band *band, const dp_path *path, size_t margin, size_t *rows,
			 size_t max);

/*
 * Returns 0, or -1 when out of memory or when no path crosses the band.
 * With posteriors, the beads are priced first, once each, by n_ctx threads
 * (one cost context each: a context need not be thread-safe).
 */
int dp_search(const dp_band *band, const dp_move *moves, size_t n_moves, dp_cost_fn cost,
	      void **ctx, size_t n_ctx, int posteriors, dp_path *out);

void dp_path_free(dp_path *path);

#endif
