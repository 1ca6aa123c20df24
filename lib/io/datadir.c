/* Where the data files are: --data-dir, $MC_DATA_DIR, the installed
   share/mc beside the program's bin/, or the source tree's data/. */
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
