/*
 * shuyu.h - all of libshuyu, one include. The stages, in pipeline order:
 *
 *   decode.h     bytes in any common encoding → NFC UTF-8 lines
 *   structure.h  lines → blocks (headings, paragraphs, items, footnotes)
 *   segment.h    blocks → sentences; the front of the pipeline in one call
 *   lexicon.h    CC-CEDICT, the Chinese-English dictionary
 *   align.h      sentences of a Chinese and an English document → beads
 *   error.h      how every call reports failure
 */
#ifndef SHUYU_SHUYU_H
#define SHUYU_SHUYU_H

#include "align.h"
#include "decode.h"
#include "endict.h"
#include "error.h"
#include "fold.h"
#include "import.h"
#include "lexicon.h"
#include "segment.h"
#include "structure.h"
#include "termbase.h"
#include "tmx.h"
#include "version.h"

#endif
