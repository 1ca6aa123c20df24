/* Output: records are appended to a buffer that is written out only at
   record boundaries, so a reader never sees half a record from us.

   -o FILE is written to a temporary file beside FILE and renamed over it
   only when the run ends well, so that FILE is always either the old
   version or the complete new one: a run killed by cron, a full disk or
   a reboot leaves no file that looks finished. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "io/io.h"

#define OUT_FLUSH (64 * 1024)
#define TMP_TAG ".mc-"          /* .FILE.mc-XXXXXX */

static int out_fd = 1;
static const char *out_name = "stdout";
static mc_buf out;
static char tmp_path[PATH_MAX];         /* set while the output is temporary */
static char final_path[PATH_MAX];

static void
tmp_remove(void)
{
	if (tmp_path[0])
		unlink(tmp_path);
	tmp_path[0] = '\0';
}

/* A signal that ends us removes the temporary file first (unlink is
   async-signal-safe), then ends us the way the signal would have. */
static void
on_fatal_signal(int sig)
{
	if (tmp_path[0])
		unlink(tmp_path);
	signal(sig, SIG_DFL);
	raise(sig);
}

static void
catch_fatal_signals(void)
{
	static const int sigs[] = {SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGXFSZ, SIGXCPU,
		SIGALRM, SIGUSR1, SIGUSR2};
	struct sigaction sa, old;
	size_t i;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_fatal_signal;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
		/* a signal the parent ignores (nohup) stays ignored */
		if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
			continue;
		sigaction(sigs[i], &sa, NULL);
	}
	atexit(tmp_remove);
}

/* Splits path into its directory (with a final '/', or "") and base. */
static void
split_path(const char *path, char *dir, size_t dirsz, const char **base)
{
	const char *slash = strrchr(path, '/');
	size_t n = slash ? (size_t)(slash - path) + 1 : 0;

	if (n >= dirsz)
		mc_die("%s: path too long", path);
	memcpy(dir, path, n);
	dir[n] = '\0';
	*base = slash ? slash + 1 : path;
}

/* Temporary files left by a run killed with SIGKILL: a live run holds a
   lock on its own, so one we can lock has no owner and goes. */
static void
remove_stale(const char *dir, const char *base)
{
	char prefix[NAME_MAX + 8], path[PATH_MAX];
	size_t plen;
	struct dirent *e;
	DIR *d;
	int fd;

	plen = (size_t)snprintf(prefix, sizeof prefix, ".%s" TMP_TAG, base);
	if (plen >= sizeof prefix || !(d = opendir(*dir ? dir : ".")))
		return;
	while ((e = readdir(d))) {
		if (strncmp(e->d_name, prefix, plen) != 0 || strlen(e->d_name) != plen + 6)
			continue;
		if ((size_t)snprintf(path, sizeof path, "%s%s", dir, e->d_name) >= sizeof path)
			continue;
		if ((fd = open(path, O_RDONLY | O_NOFOLLOW)) < 0)
			continue;
		if (flock(fd, LOCK_EX | LOCK_NB) == 0)
			unlink(path);
		close(fd);
	}
	closedir(d);
}

/* The mode FILE has, or that a new file would get. */
static mode_t
target_mode(const struct stat *st, int exists)
{
	mode_t mask;

	if (exists)
		return st->st_mode & 07777;
	mask = umask(0);
	umask(mask);
	return 0666 & ~mask;
}

static void
open_temporary(const char *path)
{
	char dir[PATH_MAX];
	const char *base;
	struct stat st;
	int exists;

	/* a link stays a link: the file it points to is replaced */
	if (!realpath(path, final_path)) {
		if (errno != ENOENT || strlen(path) >= sizeof final_path)
			mc_die("%s: %s", path, strerror(errno));
		strcpy(final_path, path);
	}
	exists = stat(final_path, &st) == 0;
	if (exists && S_ISDIR(st.st_mode))
		mc_die("%s: %s", path, strerror(EISDIR));
	if (exists && access(final_path, W_OK) != 0)
		mc_die("%s: %s", path, strerror(errno));
	split_path(final_path, dir, sizeof dir, &base);
	remove_stale(dir, base);
	if ((size_t)snprintf(tmp_path, sizeof tmp_path, "%s.%s" TMP_TAG "XXXXXX", dir, base)
	    >= sizeof tmp_path)
		mc_die("%s: path too long", path);
	catch_fatal_signals();
	if ((out_fd = mkstemp(tmp_path)) < 0) {
		int err = errno;
		tmp_path[0] = '\0';
		mc_die("%s: %s", path, strerror(err));
	}
	flock(out_fd, LOCK_EX | LOCK_NB);
	if (fchmod(out_fd, target_mode(&st, exists)) != 0)
		mc_die("%s: %s", path, strerror(errno));
}

void
out_open(const char *path)
{
	struct stat st;

	if (!path || strcmp(path, "-") == 0) {
		pipe_widen(out_fd);
		return;
	}
	out_name = path;
	/* a device or a FIFO (/dev/null, /dev/full, a pipe) is written as is */
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
		out_fd = open(path, O_WRONLY | O_TRUNC);
		if (out_fd < 0)
			mc_die("%s: %s", path, strerror(errno));
		return;
	}
	open_temporary(path);
}

static void
out_flush(void)
{
	size_t done = 0;
	ssize_t n;

	while (done < out.len) {
		n = write(out_fd, out.s + done, out.len - done);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			/* SIGPIPE is at its default, so EPIPE means the signal
			   was blocked: still a reader that left, still quiet. */
			if (errno == EPIPE)
				exit(mc_status);
			mc_die("%s: write error: %s", out_name, strerror(errno));
		}
		done += (size_t)n;
	}
	buf_clear(&out);
}

void
out_write(const char *s, size_t n)
{
	buf_add(&out, s, n);
	if (out.len >= OUT_FLUSH)
		out_flush();
}

mc_buf *
out_buf(void)
{
	return &out;
}

void
out_end(void)
{
	if (out.len >= OUT_FLUSH)
		out_flush();
}

void
out_json(json_t *rec)
{
	jw_value(&out, rec);
	buf_addc(&out, '\n');
	out_end();
}

/* The directory's entry is made durable too, where the system allows. */
static void
sync_dir(const char *path)
{
	char dir[PATH_MAX];
	const char *base;
	int fd;

	split_path(path, dir, sizeof dir, &base);
	if ((fd = open(*dir ? dir : ".", O_RDONLY | O_DIRECTORY)) >= 0) {
		fsync(fd);
		close(fd);
	}
}

void
out_close(void)
{
	out_flush();
	buf_free(&out);
	if (out_fd == 1)
		return;
	if (tmp_path[0] && fsync(out_fd) != 0)
		mc_die("%s: write error: %s", out_name, strerror(errno));
	if (close(out_fd) != 0)
		mc_die("%s: %s", out_name, strerror(errno));
	out_fd = 1;
	if (!tmp_path[0])
		return;
	if (rename(tmp_path, final_path) != 0)
		mc_die("%s: %s", out_name, strerror(errno));
	tmp_path[0] = '\0';
	sync_dir(final_path);
}
