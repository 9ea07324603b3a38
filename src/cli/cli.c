/*
 * cli.c - messages and output helpers shared by the commands. See cli.h.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

const char *cli_db_path;

static void vmessage(const char *prefix, const char *fmt, va_list ap)
{
	fflush(stdout);
	fprintf(stderr, "shuyu: %s", prefix);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void cli_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmessage("", fmt, ap);
	va_end(ap);
}

void cli_warning(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmessage("warning: ", fmt, ap);
	va_end(ap);
}

int cli_fail(const sy_error *err)
{
	cli_error("%s", err->message[0] ? err->message : "failed");
	return err->code == SY_EUSAGE ? EXIT_USAGE : EXIT_INPUT;
}

int cli_usage_error(const char *command, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmessage("", fmt, ap);
	va_end(ap);
	if (command)
		fprintf(stderr, "Try 'shuyu %s --help'.\n", command);
	else
		fprintf(stderr, "Try 'shuyu --help'.\n");
	return EXIT_USAGE;
}

void cli_json_string(FILE *out, const char *s, size_t len)
{
	size_t i;

	putc('"', out);
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		switch (c) {
		case '"':
			fputs("\\\"", out);
			break;
		case '\\':
			fputs("\\\\", out);
			break;
		case '\n':
			fputs("\\n", out);
			break;
		case '\t':
			fputs("\\t", out);
			break;
		case '\r':
			fputs("\\r", out);
			break;
		default:
			if (c < 0x20)
				fprintf(out, "\\u%04x", c);
			else
				putc(c, out);
		}
	}
	putc('"', out);
}

int cli_finish_output(int status)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		if (errno == EPIPE)
			return status;
		cli_error("cannot write the output: %s", strerror(errno));
		return EXIT_INPUT;
	}
	return status;
}
