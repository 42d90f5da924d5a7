/* unknot-bench-launch.c: start a program once, report its time to first frame, peak RSS
 * and CPU time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: unknot-bench-launch PROGRAM [ARG…]
 * Prints "ttff_ms=<milliseconds> maxrss_kib=<KiB> cpu_ms=<milliseconds>", the CPU time
 * being the whole run's (user and system). The program must print
 * "first-frame-us <monotonic µs>" (UNKNOT_BENCH_FIRST_FRAME set; see
 * unknot-first-frame-probe.c) and then exit by itself.
 */

#include "config.h"

#include <errno.h>
#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int
main (int   argc,
      char *argv[])
{
  int pipe_fds[2];
  gint64 started_us, first_frame_us = -1;
  struct rusage usage;
  int status;
  pid_t pid;
  FILE *child_out;
  char line[256];

  if (argc < 2)
    {
      fprintf (stderr, "usage: %s PROGRAM [ARG…]\n", argv[0]);
      return 2;
    }
  if (pipe (pipe_fds) != 0)
    {
      perror ("pipe");
      return 1;
    }

  g_setenv ("UNKNOT_BENCH_FIRST_FRAME", "1", TRUE);
  started_us = g_get_monotonic_time ();
  pid = fork ();
  if (pid < 0)
    {
      perror ("fork");
      return 1;
    }
  if (pid == 0)
    {
      dup2 (pipe_fds[1], STDOUT_FILENO);
      close (pipe_fds[0]);
      close (pipe_fds[1]);
      execvp (argv[1], argv + 1);
      fprintf (stderr, "%s: %s\n", argv[1], strerror (errno));
      _exit (127);
    }

  close (pipe_fds[1]);
  child_out = fdopen (pipe_fds[0], "r");
  while (fgets (line, sizeof line, child_out) != NULL)
    {
      gint64 value;

      if (sscanf (line, "first-frame-us %" G_GINT64_FORMAT, &value) == 1 && first_frame_us < 0)
        first_frame_us = value;
    }
  fclose (child_out);

  if (wait4 (pid, &status, 0, &usage) != pid)
    {
      perror ("wait4");
      return 1;
    }
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    {
      fprintf (stderr, "%s did not exit cleanly (status %d)\n", argv[1], status);
      return 1;
    }
  if (first_frame_us < 0)
    {
      fprintf (stderr, "%s never reported its first frame\n", argv[1]);
      return 1;
    }

  printf ("ttff_ms=%.1f maxrss_kib=%ld cpu_ms=%.1f\n", (first_frame_us - started_us) / 1000.0, usage.ru_maxrss,
          (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
          + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0);
  return 0;
}
