/*
 * cli.c - messages and output helpers shared by the commands. See cli.h.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include <unistd.h>

#include "cli.h"
#include "shuyu/termbase.h"

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

int cli_number(const char *s, long least, long most, long *out)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (end == s || *end || errno || v < least || v > most)
		return -1;
	*out = v;
	return 0;
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

/* Said before an older termbase is brought up to date, which takes a
 * minute on a large one. */
static void upgrade_notice(const char *path, int version, void *userdata)
{
	(void)version;
	(void)userdata;
	fprintf(stderr,
		"shuyu: %s: bringing the termbase up to date for this shuyu (once; a large "
		"termbase takes a minute)\n",
		path);
}

int cli_open_termbase(struct sy_termbase **tb, int flags)
{
	sy_error err = {0, ""};
	char path[4096];

	if (cli_db_path && *cli_db_path)
		snprintf(path, sizeof(path), "%s", cli_db_path);
	else if (sy_termbase_default_path(path, sizeof(path), &err))
		return cli_fail(&err);
	if (sy_termbase_open_noticed(tb, path, flags, upgrade_notice, NULL, &err))
		return cli_fail(&err);
	return EXIT_OK;
}

int cli_stdout_is_terminal(void)
{
	return isatty(1);
}

int cli_stderr_is_terminal(void)
{
	return isatty(2);
}

void cli_progress(size_t done, size_t total, void *userdata)
{
	const char *label = userdata;
	int width = 40, filled;

	if (!isatty(2) || !total)
		return;
	filled = (int)((double)done / (double)total * width);
	fprintf(stderr, "\r%s [%.*s%*s] %zu/%zu", label ? label : "", filled,
		"########################################", width - filled, "", done, total);
	if (done >= total)
		fputs("\r\033[K", stderr);
	fflush(stderr);
}
