/*
 * error.h - how libshuyu reports failure.
 *
 * Every function that can fail returns an int: SY_OK (0) on success, one of
 * the SY_E* codes otherwise, and fills the caller's sy_error with a message
 * written for a translator ("concept-note.txt: byte 1234: not valid UTF-8").
 * The library never prints and never exits; the command line does both.
 *
 * Ownership: an sy_error is a plain struct the caller owns (usually on the
 * stack); nothing in it needs freeing.
 */
#ifndef SHUYU_ERROR_H
#define SHUYU_ERROR_H

#include <stddef.h>

enum {
	SY_OK = 0,
	SY_EINPUT = 1,    /* the input is wrong: bad bytes, not a text file, ... */
	SY_EIO = 2,       /* a file could not be opened, read or written */
	SY_ENOMEM = 3,    /* out of memory */
	SY_EUSAGE = 4,    /* the caller asked for something meaningless */
	SY_EINTERNAL = 5, /* a library we call (ICU, iconv) failed unexpectedly */
};

#define SY_ERRMSG_MAX 512

typedef struct sy_error {
	int code;
	char message[SY_ERRMSG_MAX];
} sy_error;

/* Record code and a printf-style message in err (err may be NULL). Returns code. */
int sy_error_set(sy_error *err, int code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Clear err to SY_OK with an empty message. */
void sy_error_clear(sy_error *err);

#endif
