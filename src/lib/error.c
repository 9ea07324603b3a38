/*
 * error.c - filling an sy_error. See include/shuyu/error.h.
 */
#include <stdarg.h>
#include <stdio.h>

#include "shuyu/error.h"

int sy_error_set(sy_error *err, int code, const char *fmt, ...)
{
	va_list ap;

	if (!err)
		return code;
	err->code = code;
	va_start(ap, fmt);
	vsnprintf(err->message, sizeof(err->message), fmt, ap);
	va_end(ap);
	return code;
}

void sy_error_clear(sy_error *err)
{
	if (!err)
		return;
	err->code = SY_OK;
	err->message[0] = '\0';
}
