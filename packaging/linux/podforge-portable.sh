#!/bin/sh
# PodForge, portable: no arguments (or a design file) opens the app; a command runs the command line
# (./podforge --help). Add this folder to PATH to use `podforge` anywhere.
here=$(dirname "$(readlink -f "$0")")
exec "$here/bin/PodForge" "$@"
