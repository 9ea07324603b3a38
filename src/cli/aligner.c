/*
 * aligner.c - setting up the aligner the way every command needs it: the
 * CC-CEDICT lexicon found next to the program (or through $SHUYU_CEDICT),
 * Hunspell's en_GB lemmas, and the terms of a termbase when there is one.
 */
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "shuyu/align.h"
#include "shuyu/endict.h"
#include "shuyu/reference.h"
#include "shuyu/termbase.h"

void cli_exe_dir(char *buf, size_t size, const char *argv0)
{
	char path[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);

	if (n > 0)
		path[n] = '\0';
	else
		snprintf(path, sizeof path, "%s", argv0);
	snprintf(buf, size, "%s", dirname(path));
}

int cli_aligner_open(cli_aligner *a, const char *argv0, const sy_align_options *opt,
		     sy_lemmatizer *lm)
{
	char dir[PATH_MAX], cedict[PATH_MAX];
	sy_error err = {0, ""};

	memset(a, 0, sizeof(*a));
	cli_exe_dir(dir, sizeof dir, argv0);
	if (sy_lexicon_find_path(cedict, sizeof cedict, dir, &err)) {
		if (getenv("SHUYU_CEDICT") && *getenv("SHUYU_CEDICT"))
			return cli_fail(&err);
		cli_warning("%s; aligning on lengths, numbers and what the documents teach", err.message);
	} else if (sy_lexicon_open(&a->lex, cedict, &err)) {
		return cli_fail(&err);
	}
	a->lm = lm;
	if (!a->lm && sy_lemmatizer_open(&a->lm, NULL, &err)) {
		cli_warning("%s; English words will not be lemmatized", err.message);
		a->lm = NULL;
	}
	a->own_lm = a->lm && a->lm != lm;
	if (sy_aligner_new(&a->al, a->lex, a->lm, opt, &err)) {
		cli_aligner_close(a);
		return cli_fail(&err);
	}
	return EXIT_OK;
}

int cli_lexicon_open(struct sy_lexicon **lex, const char *argv0)
{
	char dir[PATH_MAX], cedict[PATH_MAX];
	sy_error err = {0, ""};

	*lex = NULL;
	cli_exe_dir(dir, sizeof dir, argv0);
	if (sy_lexicon_find_path(cedict, sizeof cedict, dir, &err)) {
		if (getenv("SHUYU_CEDICT") && *getenv("SHUYU_CEDICT"))
			return cli_fail(&err);
		cli_warning("%s; term pairs will be found by co-occurrence alone", err.message);
		return EXIT_OK;
	}
	if (sy_lexicon_open(lex, cedict, &err))
		return cli_fail(&err);
	return EXIT_OK;
}

int cli_reference_open(struct sy_reference **ref, const char *argv0, int background)
{
	char dir[PATH_MAX], path[PATH_MAX];
	sy_error err = {0, ""};

	*ref = NULL;
	cli_exe_dir(dir, sizeof dir, argv0);
	if (sy_reference_find_path(path, sizeof path, dir, &err)) {
		if (getenv("SHUYU_JIEBA") && *getenv("SHUYU_JIEBA"))
			return cli_fail(&err);
		return EXIT_OK; /* optional: extraction ranks by the document alone */
	}
	if ((background ? sy_reference_open_background : sy_reference_open)(ref, path, &err))
		return cli_fail(&err);
	return EXIT_OK;
}

int cli_endict_open(struct sy_endict **d, const char *argv0)
{
	char dir[PATH_MAX], path[PATH_MAX];
	sy_error err = {0, ""};

	*d = NULL;
	cli_exe_dir(dir, sizeof dir, argv0);
	if (sy_endict_find_path(path, sizeof path, dir, &err)) {
		if (getenv("SHUYU_ECDICT") && *getenv("SHUYU_ECDICT"))
			return cli_fail(&err);
		return EXIT_OK; /* optional: pairs are explained by CC-CEDICT alone */
	}
	if (sy_endict_open_background(d, path, &err))
		return cli_fail(&err);
	return EXIT_OK;
}

typedef struct add_terms {
	sy_aligner *al;
	sy_error *err;
	size_t pairs;
} add_terms;

static int add_pair(const char *zh, const char *en, void *userdata)
{
	add_terms *x = userdata;
	int rc = sy_aligner_add_term(x->al, zh, en, x->err);

	x->pairs += !rc;
	return rc;
}

/* Only the terms the Chinese text holds: the aligner uses no others, and
 * reading every concept of a million-term termbase (and looking for each
 * in every sentence) took seconds for a page of text. */
int cli_aligner_add_termbase(cli_aligner *a, sy_termbase *tb, const sy_sentence_list *zh)
{
	sy_error err = {0, ""};
	add_terms x = {a->al, &err, 0};

	if (sy_termbase_pairs_in(tb, zh, add_pair, &x, &err))
		return cli_fail(&err);
	return EXIT_OK;
}

void cli_aligner_close(cli_aligner *a)
{
	sy_aligner_free(a->al);
	if (a->own_lm)
		sy_lemmatizer_close(a->lm);
	sy_lexicon_close(a->lex);
	memset(a, 0, sizeof(*a));
}
