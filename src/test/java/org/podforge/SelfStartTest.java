package org.podforge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a bare {@code java -jar} starts again with the archive and C1 only, and with which command (decision 0045). */
class SelfStartTest {
    @TempDir
    Path dir;
    Path jar;
    static final Optional<String> JAVA = Optional.of("/usr/lib/jvm/java-17/bin/java");

    @BeforeEach
    void jar() throws Exception {
        jar = Files.writeString(dir.resolve("podforge.jar"), "not read");
    }

    private Optional<List<String>> cmd(Optional<String> exe, String... args) {
        return SelfStart.command(exe, Optional.of(args), jar, true, 4242);
    }

    @Test
    void bareJarStartsAgainWithArchiveAndC1KeepingTheUsersOptionsAndArguments() {
        Optional<List<String>> c = cmd(JAVA, "-Xmx512m", "-Dfoo=bar", "-jar", jar.toString(), "export", "a b.json", "--xlsx", "-jar");
        assertEquals(List.of("/usr/lib/jvm/java-17/bin/java", "-Xmx512m", "-Dfoo=bar", "-XX:SharedArchiveFile=" + dir.resolve("podforge.jsa"),
                "-XX:TieredStopAtLevel=1", "-Dpodforge.selfstart=4242", "-jar", jar.toString(), "export", "a b.json", "--xlsx", "-jar"), c.orElseThrow());
    }

    @Test
    void theJarNamedRelativelyIsTheSameJar() {
        Path rel = Path.of("").toAbsolutePath().relativize(jar);
        assertTrue(cmd(JAVA, "-jar", rel.toString()).isPresent());
    }

    @Test
    void runsAsItIsWhenTheUserChoseHowTheJvmRuns() {
        for (String o : List.of("-XX:SharedArchiveFile=x.jsa", "-Xshare:off", "-XX:TieredStopAtLevel=4", "-XX:-TieredCompilation", "-Xint",
                "-agentlib:jdwp=transport=dt_socket", "-javaagent:a.jar", "-XX:ArchiveClassesAtExit=a.jsa", "-XX:DumpLoadedClassList=a.lst",
                "@opts.txt", "-Dpodforge.selfstart=false", "-Dpodforge.selfstart=17", "-XX:StartFlightRecording=filename=x.jfr", "-Xlog:gc",
                "-verbose:class")) {
            assertEquals(Optional.empty(), cmd(JAVA, o, "-jar", jar.toString(), "info", "x.json"), o);
        }
    }

    @Test
    void runsAsItIsWhenNotStartedAsJavaDashJarOnThisJar() throws Exception {
        Path other = Files.writeString(dir.resolve("other.jar"), "x");
        assertEquals(Optional.empty(), cmd(Optional.of("/opt/podforge/bin/PodForge"), "-jar", jar.toString()), "a package's launcher");
        assertEquals(Optional.empty(), cmd(JAVA, "-cp", jar.toString(), "org.podforge.Launcher"), "a class-path start");
        assertEquals(Optional.empty(), cmd(JAVA, "-jar", other.toString()), "another jar");
        assertEquals(Optional.empty(), cmd(JAVA, "-jar"), "no jar after -jar");
        assertEquals(Optional.empty(), SelfStart.command(JAVA, Optional.of(new String[] {"-jar", jar.toString()}), jar, false, 1), "no archive");
        assertEquals(Optional.empty(), SelfStart.command(JAVA, Optional.empty(), jar, true, 1), "arguments unknown");
        assertEquals(Optional.empty(), SelfStart.command(Optional.empty(), Optional.of(new String[] {"-jar", jar.toString()}), jar, true, 1),
                "executable unknown");
        assertEquals(Optional.empty(), SelfStart.command(JAVA, Optional.of(new String[] {"-jar", jar.toString()}), null, true, 1), "from classes");
    }

    @Test
    void optionsFromTheEnvironmentCountAsTheUsersChoiceToo() {
        assertTrue(SelfStart.chosenInEnvironment(null, "-Xmx1g -javaagent:/opt/profiler.jar"));
        assertTrue(SelfStart.chosenInEnvironment("  -Xshare:off ", null));
        assertFalse(SelfStart.chosenInEnvironment(null, null));
        assertFalse(SelfStart.chosenInEnvironment("-Xmx1g -Dfile.encoding=UTF-8", ""), "heap and properties pass to the second JVM");
    }
}
