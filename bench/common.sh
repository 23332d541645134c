# Sourced by the bench scripts (run from the checkout's root): what every benchmark against a numpy twin needs.
# py: the system python3, with Debian's python3-numpy installed if missing (root or sudo).
py=/usr/bin/python3
if ! "$py" -c "import numpy" 2>/dev/null; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get install -y -qq --no-install-recommends python3-numpy >/dev/null
fi

# robustmem as a user runs it: publishes once, outside any timing, then the native executable (the JIT build if the
# publish failed); sets the array robustmem=(…) and build=native|jit.
robustmem_as_users_run_it() {
  ./robustmem measure --n 10 --k 10 --d 10 --test-points 10 >/dev/null
  local exe=src/RobustMem.Cli/bin/native/RobustMem.Cli
  if [ -x "$exe" ]; then robustmem=("$exe"); build=native; else robustmem=(dotnet src/RobustMem.Cli/bin/Release/net10.0/RobustMem.Cli.dll); build=jit; fi
}

# /usr/bin/time -v: "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.33" and "Maximum resident set size (kbytes): 123".
wall() { awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$1"; }
rss_mb() { awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$1"; }
