/* The fuzz targets (tests/mc_fuzz_*.c) built with the compiler of 'make
   check', so that every input that once broke a target stays a test:
   each file of tests/fuzz/regress/ goes through the target its name
   begins with (text-..., json-...), each seed of tests/fuzz/corpus/T/
   through target T. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

/* Each target under names of its own. */
#define FUZZ_ENTRY fuzz_text_one
#define FUZZ_INIT fuzz_text_init
#include "../mc_fuzz_text.c"
#undef FUZZ_ENTRY
#undef FUZZ_INIT
#define FUZZ_ENTRY fuzz_gzip_one
#define FUZZ_INIT fuzz_gzip_init
#include "../mc_fuzz_gzip.c"
#undef FUZZ_ENTRY
#undef FUZZ_INIT
#define FUZZ_ENTRY fuzz_json_one
#define FUZZ_INIT fuzz_json_init
#include "../mc_fuzz_json.c"
#undef FUZZ_ENTRY
#undef FUZZ_INIT
#define FUZZ_ENTRY fuzz_csv_one
#define FUZZ_INIT fuzz_csv_init
#include "../mc_fuzz_csv.c"
#undef FUZZ_ENTRY
#undef FUZZ_INIT
#define FUZZ_ENTRY fuzz_lexicon_one
#define FUZZ_INIT fuzz_lexicon_init
#include "../mc_fuzz_lexicon.c"
#undef FUZZ_ENTRY
#undef FUZZ_INIT
#define FUZZ_ENTRY fuzz_date_one
#define FUZZ_INIT fuzz_date_init
#include "../mc_fuzz_date.c"
#undef FUZZ_ENTRY
#undef FUZZ_INIT
#define FUZZ_ENTRY fuzz_html_one
#define FUZZ_INIT fuzz_html_init
#include "../mc_fuzz_html.c"
#undef FUZZ_ENTRY
#undef FUZZ_INIT
#define FUZZ_ENTRY fuzz_warc_one
#define FUZZ_INIT fuzz_warc_init
#include "../mc_fuzz_warc.c"
#undef FUZZ_ENTRY
#undef FUZZ_INIT

static const struct target {
	const char *name;
	int (*one)(const uint8_t *, size_t);
} targets[] = {
	{"text", fuzz_text_one}, {"gzip", fuzz_gzip_one}, {"json", fuzz_json_one},
	{"csv", fuzz_csv_one}, {"lexicon", fuzz_lexicon_one}, {"date", fuzz_date_one},
	{"html", fuzz_html_one}, {"warc", fuzz_warc_one},
};
#define NTARGETS (sizeof targets / sizeof *targets)

static char top[PATH_MAX];     /* the source tree: two levels above us */

/* In a child, a crash must end the child: not cmocka's handlers, which
   would carry on with the parent's tests there. */
static void
child_signals(void)
{
	static const int sigs[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGSYS, SIGABRT};
	size_t i;

	for (i = 0; i < sizeof sigs / sizeof *sigs; i++)
		signal(sigs[i], SIG_DFL);
}

static const struct target *
target_named(const char *name, size_t n)
{
	size_t i;

	for (i = 0; i < NTARGETS; i++)
		if (strlen(targets[i].name) == n && memcmp(targets[i].name, name, n) == 0)
			return &targets[i];
	return NULL;
}

/* Runs one input in a child, so that a crash names its file and the
   other files still run; returns 0 if the child ended well. */
static int
run_file(const struct target *t, const char *path)
{
	FILE *f = fopen(path, "rb");
	mc_buf b = {0};
	char chunk[65536];
	size_t n;
	pid_t pid;
	int st, devnull;

	if (!f) {
		print_error("%s: cannot open\n", path);
		return -1;
	}
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(&b, chunk, n);
	fclose(f);
	fflush(NULL);
	if ((pid = fork()) == 0) {
		/* the entry points never see a terminating NUL: a copy of the
		   exact size, as libFuzzer gives; what the tools would say
		   about the input is not ours to check */
		uint8_t *data = xmalloc(b.len);
		memcpy(data, b.s ? b.s : "", b.len);
		child_signals();
		if ((devnull = open("/dev/null", O_WRONLY)) >= 0)
			dup2(devnull, 2);
		t->one(data, b.len);
		free(data);
		buf_free(&b);
		exit(0);        /* exit, not _exit: a leak checker has its say */
	}
	buf_free(&b);
	if (pid < 0 || waitpid(pid, &st, 0) != pid) {
		print_error("%s: cannot run\n", path);
		return -1;
	}
	if (WIFSIGNALED(st)) {
		print_error("%s target, %s: %s\n", t->name, path, strsignal(WTERMSIG(st)));
		return -1;
	}
	if (WEXITSTATUS(st) != 0) {
		print_error("%s target, %s: exit status %d\n", t->name, path, WEXITSTATUS(st));
		return -1;
	}
	return 0;
}

/* Every file of a directory, in name order; target NULL: the one its
   name begins with.  Returns the number of files that went wrong (all
   reported), *ran the number run.  Nothing is left allocated when a test
   fails: the children a later test forks would report it as a leak. */
static int
run_dir(const char *dir, const struct target *t, size_t *ran)
{
	struct dirent **list;
	mc_buf path = {0};
	int n, i, bad = 0;
	size_t len;

	*ran = 0;
	buf_adds(&path, top);
	buf_addc(&path, '/');
	buf_adds(&path, dir);
	buf_addc(&path, '/');
	len = path.len;
	if ((n = scandir(buf_cstr(&path), &list, NULL, alphasort)) < 0) {
		print_error("cannot read %s\n", path.s);
		buf_free(&path);
		return 1;
	}
	for (i = 0; i < n; i++) {
		const char *name = list[i]->d_name;
		const struct target *use = t;
		const char *dash = strchr(name, '-');
		if (name[0] == '.') {
			free(list[i]);
			continue;
		}
		if (!use && (!dash || !(use = target_named(name, (size_t)(dash - name))))) {
			print_error("%s/%s: no target of that name: call it TARGET-what.bin\n", dir, name);
			bad++;
		} else {
			path.len = len;
			buf_adds(&path, name);
			print_message("%s: %s\n", use->name, name);
			bad += run_file(use, path.s) != 0;
			(*ran)++;
		}
		free(list[i]);
	}
	free(list);
	buf_free(&path);
	return bad;
}

static void
test_regress(void **state)
{
	size_t ran;

	(void)state;
	assert_int_equal(run_dir("tests/fuzz/regress", NULL, &ran), 0);
}

static void
test_corpus(void **state)
{
	const struct target *t = *state;
	mc_buf dir = {0};
	size_t ran;
	int bad;

	buf_adds(&dir, "tests/fuzz/corpus/");
	buf_adds(&dir, t->name);
	bad = run_dir(dir.s, t, &ran);
	buf_free(&dir);
	assert_int_equal(bad, 0);
	assert_true(ran > 0);
}

/* A line glued from thousands of articles ("...ab.Cdab.Cd...") is split
   without recursing once per article: run with a small stack in a child,
   it must end well, with thousands of documents. */
static long glued_docs;

static void
count_doc(struct doc *d, void *ctx)
{
	(void)ctx;
	glued_docs++;
	doc_free(d);
}

static void
test_glued_line(void **state)
{
	static const char piece[] = "Un texte. (MAP-11/05/2021) ";
	size_t n = (sizeof piece - 1) * 3500, i;
	char *line = xmalloc(n + 1);
	pid_t pid;
	int st;

	(void)state;
	for (i = 0; i < n; i += sizeof piece - 1)
		memcpy(line + i, piece, sizeof piece - 1);
	n = i;
	line[n] = '\0';
	fflush(NULL);
	if ((pid = fork()) == 0) {
		struct rlimit rl = {512 * 1024, 512 * 1024};
		struct text_stream *ts;
		child_signals();
		setrlimit(RLIMIT_STACK, &rl);
		ts = ts_begin("glued", "glued", 1, count_doc, NULL);
		ts_line(ts, line, n, 1);
		ts_end(ts);
		_exit(glued_docs > 1000 ? 0 : 3);
	}
	free(line);
	assert_true(pid > 0);
	assert_int_equal(waitpid(pid, &st, 0), pid);
	assert_true(WIFEXITED(st));
	assert_int_equal(WEXITSTATUS(st), 0);
}

int
main(void)
{
	char *slash;
	ssize_t k;
	size_t i;
	struct CMUnitTest tests[2 + NTARGETS];
	const struct target *states[NTARGETS];
	mc_buf data = {0};

	/* this program is tests/unit/test_fuzz_regress */
	k = readlink("/proc/self/exe", top, sizeof top - 1);
	if (k <= 0)
		return 1;
	top[k] = '\0';
	for (i = 0; i < 3 && (slash = strrchr(top, '/')); i++)
		*slash = '\0';
	buf_adds(&data, top);
	buf_adds(&data, "/data");
	if (!getenv("MC_DATA_DIR"))
		setenv("MC_DATA_DIR", data.s, 1);
	buf_free(&data);
	/* the text target loads what the json target needs, and with the
	   warc target's data/web.tsv what the html target needs: once is
	   enough */
	fuzz_text_init(NULL, NULL);
	fuzz_gzip_init(NULL, NULL);
	fuzz_csv_init(NULL, NULL);
	fuzz_lexicon_init(NULL, NULL);
	fuzz_date_init(NULL, NULL);
	fuzz_warc_init(NULL, NULL);
	(void)fuzz_json_init;
	(void)fuzz_html_init;

	tests[0] = (struct CMUnitTest)cmocka_unit_test(test_regress);
	tests[1] = (struct CMUnitTest)cmocka_unit_test(test_glued_line);
	for (i = 0; i < NTARGETS; i++) {
		states[i] = &targets[i];
		tests[2 + i] = (struct CMUnitTest)cmocka_unit_test_prestate(test_corpus, (void *)states[i]);
		tests[2 + i].name = targets[i].name;
	}
	return _cmocka_run_group_tests("test_fuzz_regress", tests, 2 + NTARGETS, NULL, NULL);
}
