/* What several fuzz targets need: the input as a file, as the tools
   open one, and text checked as UTF-8.  Static inline, so that a target
   (or the replay, which includes them all) that uses one part only
   builds under -Werror. */
#ifndef MC_FUZZ_UTIL_H
#define MC_FUZZ_UTIL_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "base/base.h"

#ifndef MC_FUZZ_DATA_DIR
#define MC_FUZZ_DATA_DIR "data"
#endif

/* A target's start: the tools' setup under the target's name, and the
   data files of the tree unless MC_DATA_DIR says where. */
static inline void
fuzz_start(const char *name)
{
	static char prog[64];
	char *av[] = {prog, NULL};

	snprintf(prog, sizeof prog, "%s", name);
	mc_init(av);
	if (!getenv("MC_DATA_DIR"))
		setenv("MC_DATA_DIR", MC_FUZZ_DATA_DIR, 1);
}

/* A file holding the bytes (a memfd); its name in path.  -1 if it
   cannot. */
static inline int
fuzz_file(const void *data, size_t size, char *path, size_t pathsz)
{
	int fd = memfd_create("mc_fuzz", 0);
	size_t done = 0;
	ssize_t n;

	if (fd < 0)
		return -1;
	while (done < size) {
		n = write(fd, (const char *)data + done, size - done);
		if (n <= 0) {
			close(fd);
			return -1;
		}
		done += (size_t)n;
	}
	snprintf(path, pathsz, "/proc/self/fd/%d", fd);
	return fd;
}

/* Text the tools write must be UTF-8: jansson refuses anything else,
   and the field or the sentence would be lost on output. */
static inline void
fuzz_check_utf8(const char *s)
{
	if (s && !utf8_valid(s, strlen(s)))
		abort();
}

#endif
