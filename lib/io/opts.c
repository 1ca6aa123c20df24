/* Options every tool shares: --help, --version, -o, --format, --progress,
   --stats, CSV dialect, data directory and extra lexicons. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "io/io.h"

struct mc_common mc_opt;

static enum mc_format
parse_format(const char *s, int allowed)
{
	static const char *names[] = {"jsonl", "csv", "text", "md", "html", "geojson"};
	int i;

	for (i = 0; i < (int)(sizeof names / sizeof *names); i++)
		if (strcmp(s, names[i]) == 0 && (allowed & (1 << i)))
			return (enum mc_format)i;
	if (strcmp(s, "json") == 0 && (allowed & 1))
		return FMT_JSONL;
	mc_usage_error("unknown --format '%s'", s);
}

int
common_option(int c, const char *arg, const char *usage, int formats)
{
	switch (c) {
	case 'h':
		fputs(usage, stdout);
		exit(fflush(stdout) == 0 ? MC_OK : MC_PARTIAL);
	case 'V':
		printf("%s (mc) %s\n", mc_prog, MC_VERSION);
		exit(fflush(stdout) == 0 ? MC_OK : MC_PARTIAL);
	case 'o':
		mc_opt.output = arg;
		return 1;
	case 1001:
		mc_opt.format = parse_format(arg, formats);
		return 1;
	case 1002:
		mc_opt.progress = 1;
		return 1;
	case 1003:
		mc_opt.stats = 1;
		return 1;
	case 1004:
		csv_bom = 1;
		return 1;
	case 1008:
		csv_crlf = 1;
		return 1;
	case 1009:
		csv_formulas = 1;
		return 1;
	case 1005:
		if (strcmp(arg, "\\t") == 0 || strcmp(arg, "tab") == 0)
			csv_sep = '\t';
		else if (strlen(arg) == 1 && strchr(",;|\t", arg[0]))
			csv_sep = arg[0];
		else
			mc_usage_error("--csv-sep takes one of , ; | or tab");
		return 1;
	case 1006:
		mc_opt.data_dir = arg;
		return 1;
	case 1007:
		mc_opt.lexicons = xrealloc(mc_opt.lexicons, (mc_opt.nlexicons + 1) * sizeof *mc_opt.lexicons);
		mc_opt.lexicons[mc_opt.nlexicons++] = arg;
		return 1;
	case '?':
	case ':':
		fprintf(stderr, "Try '%s --help' for more information.\n", mc_prog);
		exit(MC_USAGE);
	}
	return 0;
}
