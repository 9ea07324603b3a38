/*
 * cmd_term.c - shuyu term accept|reject|edit ID: the terminologist's
 * decision on a candidate that shuyu extract proposed.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "shuyu/extract.h"
#include "shuyu/termbase.h"

static void help(void)
{
	puts("usage: shuyu [--db PATH] term accept|reject|edit ID [options]\n"
	     "\n"
	     "Decide on a candidate term pair that shuyu extract listed (ID is its\n"
	     "number there).\n"
	     "\n"
	     "  accept ID   put the pair into the termbase as a new concept, with\n"
	     "              its documents as sources (and its acronym, if any)\n"
	     "  reject ID   never propose this pair again\n"
	     "  edit ID     correct the Chinese or English term, then accept it\n"
	     "\n"
	     "Options:\n"
	     "  --zh TERM          edit: the corrected Chinese term\n"
	     "  --en TERM          edit: the corrected English term\n"
	     "  --status STATUS    preferred, admitted (the default) or deprecated\n"
	     "  --note TEXT        a note for the concept (or why it was rejected)\n"
	     "  --domain DOMAIN    the concept's domain, e.g. norms\n"
	     "  --concept ID       add the terms to this existing concept instead\n"
	     "  -h, --help         show this help\n"
	     "\n"
	     "Examples:\n"
	     "  shuyu term accept 12 --status preferred --domain norms\n"
	     "  shuyu term edit 15 --en \"confidence-building measures\"\n"
	     "  shuyu term reject 31 --note \"not a term\"");
}

int cmd_term(int argc, char **argv)
{
	static const struct option options[] = {
		{"zh", required_argument, NULL, 'z'},
		{"en", required_argument, NULL, 'e'},
		{"status", required_argument, NULL, 's'},
		{"note", required_argument, NULL, 'n'},
		{"domain", required_argument, NULL, 'd'},
		{"concept", required_argument, NULL, 'c'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	sy_term_decision d;
	sy_termbase *tb;
	sy_error err = {0, ""};
	char ref[64] = "", *end;
	const char *verb;
	int c, action, status;
	long id;

	memset(&d, 0, sizeof d);
	while ((c = getopt_long(argc, argv, "h", options, NULL)) != -1) {
		switch (c) {
		case 'z':
			d.zh = optarg;
			break;
		case 'e':
			d.en = optarg;
			break;
		case 's':
			d.status = optarg;
			break;
		case 'n':
			d.note = optarg;
			break;
		case 'd':
			d.domain = optarg;
			break;
		case 'c':
			d.concept = optarg;
			break;
		case 'h':
			help();
			return cli_finish_output(EXIT_OK);
		default:
			return cli_usage_error("term", "unknown option");
		}
	}
	if (argc - optind != 2)
		return cli_usage_error("term", "say accept, reject or edit, and the candidate's number");
	verb = argv[optind];
	if (!strcmp(verb, "accept"))
		action = SY_TERM_ACCEPT;
	else if (!strcmp(verb, "reject"))
		action = SY_TERM_REJECT;
	else if (!strcmp(verb, "edit"))
		action = SY_TERM_EDIT;
	else
		return cli_usage_error("term", "'%s' is not accept, reject or edit", verb);
	id = strtol(argv[optind + 1], &end, 10);
	if (!*argv[optind + 1] || *end || id <= 0)
		return cli_usage_error("term", "'%s' is not a candidate number (see shuyu extract)",
				       argv[optind + 1]);
	if (action == SY_TERM_EDIT && !d.zh && !d.en)
		return cli_usage_error("term", "edit needs --zh or --en (or both)");
	if (action != SY_TERM_EDIT && (d.zh || d.en))
		return cli_usage_error("term", "--zh and --en go with edit");
	if (d.status && strcmp(d.status, "preferred") && strcmp(d.status, "admitted") &&
	    strcmp(d.status, "deprecated"))
		return cli_usage_error("term", "--status is preferred, admitted or deprecated");
	status = cli_open_termbase(&tb, 0);
	if (status)
		return status;
	if (sy_termbase_decide(tb, id, action, &d, ref, sizeof ref, &err)) {
		status = cli_fail(&err);
	} else if (action == SY_TERM_REJECT) {
		fprintf(stderr, "shuyu: candidate %ld rejected; it will not be proposed again\n", id);
	} else {
		fprintf(stderr, "shuyu: candidate %ld is now in the termbase as concept %s\n", id, ref);
	}
	sy_termbase_close(tb);
	return cli_finish_output(status);
}
