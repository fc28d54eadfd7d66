#!/usr/bin/env bash
# Builds a native PodForge package with the JDK's jpackage: a self-contained app image (default), or
# an installer type the build OS supports (deb, rpm, msi, exe, dmg, pkg). Packages must be built on
# their target OS. Run from anywhere:
#
#   packaging/build-native.sh                 # target/dist/PodForge (app image with its own runtime)
#   packaging/build-native.sh deb             # target/dist/podforge_<version>_amd64.deb (needs fakeroot)
#
# It runs `mvn package`, then splits target/lib into the JavaFX platform jars (a module path, so
# JavaFX loads as named modules) and everything else (the class path), as stack-notes §3 describes.
set -euo pipefail
type=${1:-app-image}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
command -v jpackage >/dev/null || { echo "jpackage not found: use a JDK 17+ with jpackage on PATH" >&2; exit 2; }

mvn -q -B -DskipTests package
version=$(sed -n 's:.*<version>\([0-9][0-9.]*\).*</version>.*:\1:p' pom.xml | head -1)
work=target/jpackage
rm -rf "$work" target/dist
mkdir -p "$work/input" "$work/fxmods" target/dist
cp target/podforge.jar "$work/input/"
for jar in target/lib/*.jar; do
  name=$(basename "$jar")
  case "$name" in
    javafx-*-linux.jar|javafx-*-win.jar|javafx-*-mac.jar|javafx-*-mac-aarch64.jar) cp "$jar" "$work/fxmods/" ;;
    javafx-*) ;;   # the empty, unclassified JavaFX jars would become bogus automatic modules
    *) mkdir -p "$work/input/lib" && cp "$jar" "$work/input/lib/" ;;
  esac
done

os=$(uname -s)
icon=packaging/linux/podforge.png
extra=()
case "$os" in
  Linux) [[ $type != app-image ]] && extra+=(--linux-shortcut --linux-menu-group Development --linux-app-category devel) ;;
  Darwin) icon=packaging/macos/podforge.icns; extra+=(--mac-package-identifier org.podforge.app) ;;
  MINGW*|MSYS*|CYGWIN*) icon=packaging/windows/podforge.ico
     [[ $type != app-image ]] && extra+=(--win-menu --win-shortcut --win-dir-chooser --win-upgrade-uuid 6d1c1f0e-3c55-4e7e-9a3f-5f7d1e2b9c41) ;;
esac
[[ -f $icon ]] && extra+=(--icon "$icon")
if [[ $type != app-image ]]; then
  extra+=(--file-associations packaging/podforge-file.properties --license-file LICENSE)
  [[ $os == Linux ]] && extra+=(--linux-rpm-license-type "ASL 2.0")
fi

jpackage --type "$type" --dest target/dist \
  --name PodForge --app-version "$version" --vendor "PodForge" \
  --description "Design AI pods: drag, connect, validate, cost, export." \
  --input "$work/input" --main-jar podforge.jar --main-class org.podforge.Launcher \
  --module-path "$work/fxmods" \
  --add-modules javafx.controls,javafx.fxml,javafx.swing,java.logging,java.prefs,java.desktop,java.xml,java.sql,java.naming,jdk.unsupported,jdk.zipfs \
  --jlink-options "--strip-debug --no-header-files --no-man-pages" \
  "${extra[@]}"
echo "built: $(ls -d target/dist/*)"
