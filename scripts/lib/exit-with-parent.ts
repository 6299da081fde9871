/**
 * For processes the start script spawns (the server, the job runner): if the parent is
 * killed outright (SIGKILL, a crash) they would outlive it, holding ports and database
 * connections. They check once a second and leave with it.
 */
export function exitWithParent() {
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) process.exit(0);
  }, 1000).unref();
}
