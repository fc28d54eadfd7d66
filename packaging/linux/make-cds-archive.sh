#!/bin/sh
# Makes PodForge's class-data-sharing archive, lib/app/podforge.jsa (docs/decisions/0021), from the class list
# the build's training run wrote (lib/app/podforge.classlist): at start the JVM then maps those classes ready
# made instead of loading, verifying and linking them one by one. The archive records where the jars are, so it
# is made where the app lives: by the package's postinst, by the portable script on its first run, and by
# build-native.sh for an app image. The launcher's configuration names the archive; while it is missing (or
# made by another Java) the app starts without it. Quiet, and exits 0 even when it could not make it.
app=$(cd "$(dirname "$0")/../.." && pwd)
lib="$app/lib/app"
[ -f "$lib/podforge.classlist" ] && [ -x "$app/bin/PodForge" ] || exit 0
rm -f "$lib/podforge.jsa"
# the launcher's own class path and runtime, so the archive matches what it will be used with; the launcher's
# configuration already names lib/app/podforge.jsa as the archive, so -Xshare:dump writes it there, then exits
JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$lib/podforge.classlist -Xlog:disable" "$app/bin/PodForge" >/dev/null 2>&1 \
  || rm -f "$lib/podforge.jsa"
exit 0
