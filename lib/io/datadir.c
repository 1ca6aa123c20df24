/* Where the data files are: --data-dir, $MC_DATA_DIR, the installed
   share/mc beside the program's bin/, or the source tree's data/. */
#include <dirent.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "io/io.h"

static int
exists(const char *dir, const char *name, mc_buf *b)
{
	buf_clear(b);
	buf_adds(b, dir);
	buf_addc(b, '/');
	buf_adds(b, name);
	return access(buf_cstr(b), R_OK) == 0;
}

char *
data_path(const char *name)
{
	mc_buf b = {0};
	char exe[PATH_MAX], *slash;
	const char *env = getenv("MC_DATA_DIR");
	static const char *rel[] = {"/../share/mc", "/../data", "/data", "/../../data"};
	ssize_t n;
	size_t i;

	if (mc_opt.data_dir) {
		exists(mc_opt.data_dir, name, &b);
		return buf_cstr(&b);
	}
	if (env && *env && exists(env, name, &b))
		return buf_cstr(&b);
	n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = '\0';
		if ((slash = strrchr(exe, '/')))
			*slash = '\0';
		for (i = 0; i < sizeof rel / sizeof *rel; i++) {
			mc_buf d = {0};
			buf_adds(&d, exe);
			buf_adds(&d, rel[i]);
			if (exists(buf_cstr(&d), name, &b)) {
				buf_free(&d);
				return buf_cstr(&b);
			}
			buf_free(&d);
		}
	}
	exists(MC_DATADIR, name, &b);
	return buf_cstr(&b);
}

static int
name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* fn on every *.tsv of the data directory dir, in name order, so that a
   user's file dropped there is read too; 0 when dir cannot be opened or
   fn said 0 for a file (the others are still read). */
int
data_dir_each(const char *dir, int (*fn)(const char *path, void *ctx), void *ctx)
{
	char *full = data_path(dir), **names = NULL, *path;
	size_t n = 0, i;
	struct dirent *de;
	DIR *d = opendir(full);
	int ok = 1;

	if (!d) {
		mc_error(full, 0, "cannot open the directory");
		free(full);
		return 0;
	}
	while ((de = readdir(d)) != NULL) {
		size_t len = strlen(de->d_name);
		if (len > 4 && strcmp(de->d_name + len - 4, ".tsv") == 0) {
			names = xrealloc(names, (n + 1) * sizeof *names);
			names[n++] = xstrdup(de->d_name);
		}
	}
	closedir(d);
	if (n)
		qsort(names, n, sizeof *names, name_cmp);
	for (i = 0; i < n; i++) {
		path = xmalloc(strlen(full) + strlen(names[i]) + 2);
		sprintf(path, "%s/%s", full, names[i]);
		ok &= fn(path, ctx);
		free(path);
		free(names[i]);
	}
	free(names);
	free(full);
	return ok;
}
