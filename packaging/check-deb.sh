#!/usr/bin/env bash
# CI check of the Linux package (.ci/run runs it after mvn verify; docs/decisions/0018): builds the .deb
# from the jar that `mvn verify` left in target/, then checks its control fields, its files, its desktop
# entry and its maintainer scripts, and runs the packaged launcher. Skips, saying why, when jpackage,
# dpkg-deb or fakeroot is missing. The package is compressed fast (gzip -1): it is checked, not shipped.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
for tool in jpackage dpkg-deb fakeroot; do
  if ! command -v "$tool" >/dev/null; then
    echo "deb check SKIPPED: $tool not found (needs a JDK 17+ with jpackage, dpkg-deb and fakeroot: apt-get install fakeroot)"
    exit 0
  fi
done
[[ -f target/podforge.jar && -d target/lib ]] || { echo "deb check: target/podforge.jar missing; run mvn package (or verify) first" >&2; exit 1; }

start=$(date +%s)
fail() { echo "deb check FAILED: $*" >&2; exit 1; }
log=target/check-deb.log
DPKG_DEB_COMPRESSOR_TYPE=gzip DPKG_DEB_COMPRESSOR_LEVEL=1 bash packaging/build-native.sh deb --skip-build >"$log" 2>&1 \
  || { tail -20 "$log" >&2; fail "jpackage could not build the .deb (log: $log)"; }
deb=$(ls target/dist/podforge_*_amd64.deb 2>/dev/null | head -1)
[[ -n $deb ]] || fail "no target/dist/podforge_*_amd64.deb after the build"
version=$(sed -n 's:.*<version>\([0-9][0-9.]*\).*</version>.*:\1:p' pom.xml | head -1)

# control fields
field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == podforge ]] || fail "Package is '$(field Package)', expected podforge"
[[ $(field Version) == "$version-1" ]] || fail "Version is '$(field Version)', expected $version-1 (the pom's)"
[[ $(field Maintainer) == *"<"*@*">"* ]] || fail "Maintainer '$(field Maintainer)' has no address"
[[ $(field Depends) == *libc6* && $(field Depends) == *libx11-6* ]] || fail "Depends lacks the runtime's libraries: $(field Depends)"
[[ $(field Depends) == *libgtk-3-0* ]] || fail "Depends lacks GTK 3, which JavaFX loads at run time: $(field Depends)"
[[ -n $(field Homepage) ]] || fail "no Homepage"

# files
list=$(dpkg-deb -c "$deb" | awk '{print $6}')
for f in ./opt/podforge/bin/PodForge ./opt/podforge/lib/app/podforge.jar ./opt/podforge/lib/app/PodForge.cfg \
         ./opt/podforge/lib/podforge-PodForge.desktop ./opt/podforge/lib/podforge-PodForge-MimeInfo.xml \
         ./opt/podforge/lib/PodForge.png ./opt/podforge/share/doc/copyright ./opt/podforge/lib/runtime/lib/server/libjvm.so; do
  grep -qxF "$f" <<<"$list" || fail "$f is not in the package"
done

x=$(mktemp -d)
trap 'rm -rf "$x"' EXIT
dpkg-deb -x "$deb" "$x/root"
dpkg-deb -e "$deb" "$x/ctl"

grep -q 'javafx.controls' "$x/root/opt/podforge/lib/runtime/release" || fail "the runtime image has no JavaFX modules"

# licence
grep -q '^License: Apache-2.0' "$x/root/opt/podforge/share/doc/copyright" || fail "copyright does not state Apache-2.0"

# desktop entry
d="$x/root/opt/podforge/lib/podforge-PodForge.desktop"
want() { grep -qx "$1" "$d" || fail "desktop entry lacks '$1': $(tr '\n' '|' <"$d")"; }
want 'Exec=/opt/podforge/bin/PodForge %f'
want 'Icon=/opt/podforge/lib/PodForge.png'
want 'MimeType=application/x-podforge-project;'
want 'Type=Application'
grep -q '^GenericName=.' "$d" || fail "desktop entry has no GenericName"
grep -q '^Keywords=.*;' "$d" || fail "desktop entry has no Keywords"
# StartupWMClass must be the WM_CLASS JavaFX gives the main window: the Application class's name
wm=$(sed -n 's/^StartupWMClass=//p' "$d")
[[ $wm == org.podforge.app.PodForgeApp ]] || fail "StartupWMClass is '$wm', expected org.podforge.app.PodForgeApp"
classes=$(unzip -l "$x/root/opt/podforge/lib/app/podforge.jar")
grep -q "${wm//.//}.class" <<<"$classes" || fail "StartupWMClass $wm names no class in the jar"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$d" || fail "desktop-file-validate rejects the entry"
fi

# maintainer scripts: our own, no xdg-utils, valid sh, directories made before use
p="$x/ctl/postinst"
[[ -x $p && -x $x/ctl/prerm ]] || fail "postinst/prerm missing or not executable"
sh -n "$p" && sh -n "$x/ctl/prerm" || fail "postinst/prerm are not valid sh"
code=$(grep -v '^[[:space:]]*#' "$p")
if grep -q 'xdg-desktop-menu\|xdg-mime' <<<"$code"; then fail "postinst still calls xdg-utils (fails on a minimal Debian)"; fi
grep -q 'mkdir -p /usr/share/applications' "$p" || fail "postinst does not create /usr/share/applications"
grep -q 'ln -sf "$APP/bin/PodForge" /usr/bin/podforge' "$p" || fail "postinst does not put podforge on the PATH"
grep -q 'rm -f /usr/bin/podforge' "$x/ctl/prerm" || fail "prerm does not remove /usr/bin/podforge"

# the packaged launcher runs the command line (no display needed)
out=$("$x/root/opt/podforge/bin/PodForge" --version 2>&1) || fail "PodForge --version failed: $out"
[[ $out == "PodForge $version"* ]] || fail "--version says '$out', expected PodForge $version"
"$x/root/opt/podforge/bin/PodForge" info docs/examples/sample-8x8.podforge.json >/dev/null 2>"$x/err" \
  || fail "the packaged command line cannot read the sample: $(cat "$x/err")"

# class-data sharing (docs/decisions/0021): the package ships the training run's class list and the script that
# makes the archive where the app is installed; postinst runs it and prerm removes the archive. Here the script runs
# in the unpacked tree (as postinst would in /opt/podforge) and the launcher must then start with the archive
# mapped (-Xshare:on fails when it cannot use it).
if [[ -f target/cds/podforge.classlist ]]; then
  a="$x/root/opt/podforge/lib/app"
  for f in podforge.classlist make-cds-archive.sh; do [[ -f $a/$f ]] || fail "$f is not in the package"; done
  grep -q 'SharedArchiveFile=$APPDIR/podforge.jsa' "$a/PodForge.cfg" || fail "PodForge.cfg does not name the class-data archive"
  grep -q 'TieredStopAtLevel=1' "$a/PodForge.cfg" || fail "PodForge.cfg does not start with the C1 compiler only (decision 0021)"
  grep -q 'make-cds-archive.sh' "$p" || fail "postinst does not make the class-data archive"
  grep -q 'podforge.jsa' "$x/ctl/prerm" || fail "prerm does not remove the class-data archive"
  sh "$a/make-cds-archive.sh"
  [[ -s $a/podforge.jsa ]] || fail "make-cds-archive.sh made no archive"
  out=$(JAVA_TOOL_OPTIONS=-Xshare:on "$x/root/opt/podforge/bin/PodForge" --version 2>&1) \
    || fail "the launcher cannot use the class-data archive it made: $out"
  cds_note=", class-data archive ($(du -m "$a/podforge.jsa" | cut -f1) MB)"
else
  cds_note=", no class-data archive (built with -Dcds.skip)"
fi

size=$(du -m "$deb" | cut -f1)
echo "deb check passed in $(( $(date +%s) - start )) s: $(basename "$deb") (${size} MB, gzip -1), control, files, desktop entry, postinst/prerm, --version$cds_note"
