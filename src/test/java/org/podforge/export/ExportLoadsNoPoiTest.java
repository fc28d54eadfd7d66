package org.podforge.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code podforge export FILE --xlsx OUT} loads no class of POI, XMLBeans or the OOXML schemas (decision 0043): the
 * command line runs in a class loader of its own over the test class path (nothing loaded by earlier tests counts), and
 * every class that loader defines is recorded. The same loader records POI's classes for {@code compare --xlsx} (still
 * written with POI), so the recording is shown to see them.
 */
class ExportLoadsNoPoiTest {
    private static final List<String> POI = List.of("org.apache.poi.", "org.apache.xmlbeans.", "org.openxmlformats.",
            "com.microsoft.schemas.", "org.etsi.", "org.w3.x2000.");

    @TempDir
    Path dir;

    @Test
    void exportXlsxLoadsNoPoiClass() throws Exception {
        Path design = dir.resolve("sample.podforge.json");
        Path xlsx = dir.resolve("sample.xlsx");
        Set<String> loaded = runCli(List.of(List.of("generate", "-o", design.toString()),
                List.of("export", design.toString(), "--xlsx", xlsx.toString())));
        assertTrue(Files.size(xlsx) > 10_000, "the workbook was written");
        assertTrue(loaded.contains("org.podforge.export.XlsxPackage"), "the export ran in the recording loader");
        assertEquals(Set.of(), poi(loaded), "POI classes loaded by export --xlsx");
    }

    @Test
    void theRecordingSeesPoiWhereItIsUsed() throws Exception {
        Path a = dir.resolve("a.podforge.json");
        Path b = dir.resolve("b.podforge.json");
        Set<String> loaded = runCli(List.of(List.of("generate", "-o", a.toString()), List.of("generate", "--gpus", "128", "-o", b.toString()),
                List.of("compare", a.toString(), b.toString(), "--xlsx", dir.resolve("c.xlsx").toString())));
        assertTrue(Files.exists(dir.resolve("c.xlsx")), "the comparison workbook was written");
        assertTrue(poi(loaded).contains("org.apache.poi.xssf.usermodel.XSSFWorkbook"), "compare --xlsx loads POI");
    }

    private static Set<String> poi(Set<String> loaded) {
        Set<String> out = new TreeSet<>();
        for (String c : loaded) {
            if (POI.stream().anyMatch(c::startsWith)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Runs the commands, one after another, with {@code PodForgeCli.run} in a fresh recording loader; each must exit 0. */
    private static Set<String> runCli(List<List<String>> commands) throws Exception {
        Set<String> loaded = new ConcurrentSkipListSet<>();
        try (URLClassLoader cl = new URLClassLoader(classPath(), ClassLoader.getPlatformClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                Class<?> c = super.findClass(name);
                loaded.add(name);
                return c;
            }
        }) {
            Thread t = Thread.currentThread();
            ClassLoader before = t.getContextClassLoader();
            t.setContextClassLoader(cl);
            try {
                Class<?> cli = Class.forName("org.podforge.cli.PodForgeCli", true, cl);
                Method run = cli.getMethod("run", String[].class, PrintWriter.class, PrintWriter.class);
                for (List<String> args : commands) {
                    StringWriter out = new StringWriter();
                    StringWriter err = new StringWriter();
                    int code = (Integer) run.invoke(null, args.toArray(new String[0]), new PrintWriter(out), new PrintWriter(err));
                    assertEquals(0, code, args + ": " + out + err);
                }
            } finally {
                t.setContextClassLoader(before);
            }
        }
        return loaded;
    }

    /** The test class path, read through a manifest-only jar (how surefire passes it) where there is one. */
    private static URL[] classPath() throws IOException {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            File f = new File(entry);
            urls.add(f.toURI().toURL());
            if (f.isFile() && entry.endsWith(".jar")) {
                try (JarFile jar = new JarFile(f)) {
                    Manifest m = jar.getManifest();
                    String more = m == null ? null : m.getMainAttributes().getValue("Class-Path");
                    if (more != null && !more.isBlank()) {
                        for (String u : more.trim().split("\\s+")) {
                            urls.add(new URL(f.toURI().toURL(), u));
                        }
                    }
                }
            }
        }
        return urls.toArray(new URL[0]);
    }
}
