/*
 * tbx.h - writing the termbase as TBX (the TBX-Basic dialect), and as the
 * tab-separated glossary OmegaT reads, or CSV with every field.
 *
 *   termbase concepts ─▶ TBX-Basic (libxml2's xmlTextWriter, streaming)
 *                     ─▶ OmegaT glossary (source, target, comment) / CSV
 *
 * TBX-Basic: one <termEntry> per concept (subject field, definition, note),
 * one <langSet> per language (zh-CN, en), one <tig> per term with its
 * administrative status, part of speech where known, source and note. The
 * status "candidate", which TBX-Basic lacks, is written as admitted with
 * the note "candidate" so that a round trip keeps it.
 *
 * Ownership: a writer from sy_tbx_writer_open is finished and freed by
 * sy_tbx_writer_close, which must be called even after an error. The
 * glossary writers write to a FILE the caller owns.
 */
#ifndef SHUYU_TBX_H
#define SHUYU_TBX_H

#include <stdio.h>
#include "error.h"
#include "termbase.h"

typedef struct sy_tbx_writer sy_tbx_writer;

int sy_tbx_writer_open(sy_tbx_writer **out, const char *path, sy_error *err);
int sy_tbx_write_concept(sy_tbx_writer *w, const sy_concept_row *concept, sy_error *err);
int sy_tbx_writer_close(sy_tbx_writer *w, sy_error *err);

/* OmegaT's glossary: "Chinese<TAB>English<TAB>comment", one line per pair of
 * usable terms (deprecated ones left out), UTF-8. Returns lines written. */
size_t sy_glossary_write_tsv(FILE *out, const sy_concept_row *concept);

/* CSV (RFC 4180) with every field, one row per term; the header first. */
void sy_glossary_write_csv_header(FILE *out);
size_t sy_glossary_write_csv(FILE *out, const sy_concept_row *concept);

#endif
