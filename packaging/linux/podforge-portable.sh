#!/bin/sh
# PodForge, portable: no arguments (or a design file) opens the app; a command runs the command line
# (./podforge --help). Add this folder to PATH to use `podforge` anywhere.
here=$(dirname "$(readlink -f "$0")")
# first run: the class-data-sharing archive that makes later starts faster (docs/decisions/0021); it records
# where the jars are, so it is made here rather than shipped
if [ -f "$here/lib/app/podforge.classlist" ] && [ ! -f "$here/lib/app/podforge.jsa" ] && [ -w "$here/lib/app" ]; then
  echo "PodForge: first run in this folder, preparing a faster start (once, a few seconds)..." >&2
  sh "$here/lib/app/make-cds-archive.sh"
fi
exec "$here/bin/PodForge" "$@"
