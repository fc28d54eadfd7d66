#!/usr/bin/env bash
# Builds a native PodForge package with the JDK's jpackage: a self-contained app image (default), a
# portable archive, or an installer type the build OS supports. Packages must be built on their target OS.
#
#   packaging/build-native.sh                 # target/dist/PodForge (app image with its own runtime)
#   packaging/build-native.sh tar             # target/dist/podforge-<version>-linux-x64.tar.gz (portable)
#   packaging/build-native.sh deb             # target/dist/podforge_<version>-1_amd64.deb (needs fakeroot)
#   packaging/build-native.sh msi             # Windows (WiX 3); dmg on macOS
#   packaging/build-native.sh deb --skip-build  # reuse target/podforge.jar and target/lib (after mvn package)
#
# Set PODFORGE_MAINTAINER_EMAIL for a release (the .deb's Maintainer field; the default is a placeholder).
#
# It runs `mvn package`, then splits target/lib into the JavaFX platform jars (a module path, so
# JavaFX loads as named modules) and everything else (the class path), as stack-notes §3 describes.
# packaging/README.md says what each input file is for; docs/decisions/0018 why.
set -euo pipefail
type=${1:-app-image}
skip_build=${2:-}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
command -v jpackage >/dev/null || { echo "jpackage not found: use a JDK 17+ with jpackage on PATH" >&2; exit 2; }

[[ $skip_build == --skip-build ]] || mvn -q -B -ntp -DskipTests package
[[ -f target/podforge.jar && -d target/lib ]] || { echo "target/podforge.jar or target/lib missing: run mvn package first" >&2; exit 2; }
# the pom's version (0.1.0-SNAPSHOT -> 0.1.0: installers want numbers only)
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

# class-data sharing (docs/decisions/0021): the class list of the build's training run travels in the image; the
# archive is made where the app will live (it records the jar paths): below for an app image, by postinst for the
# .deb/.rpm, by the portable script on its first run for the tar.gz. Without the list (mvn -Dcds.skip) none of it.
cds=()
if [[ -f target/cds/podforge.classlist && $(uname -s) == Linux ]]; then
  cp target/cds/podforge.classlist packaging/linux/make-cds-archive.sh "$work/input/"
  cds=(--java-options '-XX:SharedArchiveFile=$APPDIR/podforge.jsa')
fi

os=$(uname -s)
jtype=$type
[[ $type == tar ]] && jtype=app-image
common=(--name PodForge --app-version "$version" --vendor "PodForge"
  --description "Design AI pods: drag, connect, validate, cost, export."
  --copyright "Copyright 2026 the PodForge authors. Apache License 2.0."
  --input "$work/input" --main-jar podforge.jar --main-class org.podforge.Launcher
  --java-options '-XX:TieredStopAtLevel=1'   # C1 only: ~40% less CPU to the first frame, and faster one-shot jobs (decision 0021)
  --module-path "$work/fxmods"
  --add-modules javafx.controls,javafx.fxml,javafx.swing,java.logging,java.prefs,java.desktop,java.xml,java.sql,java.naming,jdk.unsupported,jdk.zipfs
  --jlink-options "--strip-debug --no-header-files --no-man-pages")
extra=()
case "$os" in
  Linux)
    extra+=(--icon packaging/linux/podforge.png)
    if [[ $jtype != app-image ]]; then
      # own postinst/prerm and desktop entry (packaging/linux): the default postinst needs xdg-utils and a
      # writable menu directory, which a minimal Debian lacks. GTK 3 is a dependency jpackage cannot see
      # (JavaFX loads it at run time): without it the window fails with "Unable to load glass GTK library".
      extra+=(--about-url "https://github.com/podforge/podforge" --resource-dir packaging/linux --linux-package-name podforge --linux-app-release 1
        --linux-menu-group "Development;Engineering" --linux-app-category devel --linux-shortcut
        --linux-package-deps "libgtk-3-0 | libgtk-3-0t64"
        --linux-deb-maintainer "${PODFORGE_MAINTAINER_EMAIL:-maintainers@podforge.invalid}" --linux-rpm-license-type "ASL 2.0")
    fi ;;
  Darwin) extra+=(--icon packaging/macos/podforge.icns --mac-package-identifier org.podforge.app --mac-package-name PodForge) ;;
  MINGW*|MSYS*|CYGWIN*) extra+=(--icon packaging/windows/podforge.ico)
     if [[ $jtype != app-image ]]; then
       extra+=(--win-menu --win-menu-group PodForge --win-shortcut --win-dir-chooser --win-upgrade-uuid 6d1c1f0e-3c55-4e7e-9a3f-5f7d1e2b9c41
         --add-launcher podforge-cli=packaging/windows/podforge-cli.properties)
     fi ;;
esac
if [[ $jtype != app-image ]]; then
  extra+=(--file-associations packaging/podforge-file.properties --license-file LICENSE)
fi

jpackage --type "$jtype" --dest target/dist "${common[@]}" "${cds[@]}" "${extra[@]}"
if [[ $type == app-image && ${#cds[@]} -gt 0 ]]; then
  sh target/dist/PodForge/lib/app/make-cds-archive.sh
  [[ -f target/dist/PodForge/lib/app/podforge.jsa ]] || echo "note: no class-data archive made; the app starts without it" >&2
fi

if [[ $type == tar ]]; then
  arch=$(uname -m); [[ $arch == x86_64 ]] && arch=x64
  osname=$(echo "$os" | tr '[:upper:]' '[:lower:]')
  out="podforge-$version-$osname-$arch"
  # the app image plus a podforge command and the licence, under one top folder
  mkdir -p "$work/tar/$out"
  cp -a target/dist/PodForge/. "$work/tar/$out/"
  cp LICENSE "$work/tar/$out/"
  cp packaging/linux/podforge-portable.sh "$work/tar/$out/podforge"
  chmod 755 "$work/tar/$out/podforge"
  tar -C "$work/tar" -czf "target/dist/$out.tar.gz" "$out"
fi
echo "built: $(ls -d target/dist/*)"
