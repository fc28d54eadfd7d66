package org.podforge.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The fixed cost of POI in a fresh JVM, against which {@code podforge export --xlsx} is judged (issue 9): a
 * process that makes an XSSF workbook of one sheet with {@code cells} text cells and writes it (to nothing), run
 * as its own JVM a few times; prints the median wall and CPU time (user + system from /usr/bin/time) and the
 * resident set, and the same for a JVM that only starts ({@code --child 0} without POI).
 *
 * <pre>java -cp target/test-classes:target/classes:DEPS org.podforge.bench.PoiFloorBench [runs] [cells,...]</pre>
 */
public final class PoiFloorBench {
    private PoiFloorBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            int cells = Integer.parseInt(args[1]);
            if (cells > 0) {
                try (XSSFWorkbook wb = new XSSFWorkbook()) {
                    var sheet = wb.createSheet("A");
                    for (int i = 0; i < cells; i++) {
                        var row = sheet.getRow(i / 10) == null ? sheet.createRow(i / 10) : sheet.getRow(i / 10);
                        row.createCell(i % 10).setCellValue("t" + i);
                    }
                    wb.write(OutputStream.nullOutputStream());
                }
            }
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int[] sizes = Arrays.stream((args.length > 1 ? args[1] : "0,1,2000").split(",")).mapToInt(Integer::parseInt).toArray();
        System.out.printf(Locale.ROOT, "java %s, load average %.1f, %d run(s)%n", System.getProperty("java.version"),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), runs);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int cells : sizes) {
            double[] wall = new double[runs];
            double[] cpu = new double[runs];
            long rss = 0;
            for (int i = 0; i < runs; i++) {
                List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-f", "PFTIME %U %S %M", java, "-Xmx512m", "-cp",
                        ExportBench.classPath(), PoiFloorBench.class.getName(), "--child", Integer.toString(cells)));
                long t0 = System.nanoTime();
                Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
                    for (String l = r.readLine(); l != null; l = r.readLine()) {
                        if (l.startsWith("PFTIME ")) {
                            String[] f = l.split(" ");
                            cpu[i] = Double.parseDouble(f[1]) + Double.parseDouble(f[2]);
                            rss = Math.max(rss, Long.parseLong(f[3]));
                        }
                    }
                }
                p.waitFor();
                wall[i] = (System.nanoTime() - t0) / 1e9;
            }
            Arrays.sort(wall);
            Arrays.sort(cpu);
            System.out.printf(Locale.ROOT, "%s: median %.2f s wall [%.2f .. %.2f], cpu %.2f s, rss %.0f MB%n",
                    cells == 0 ? "JVM only (no POI)" : String.format(Locale.ROOT, "XSSF workbook of %,d cell(s), written", cells),
                    wall[runs / 2], wall[0], wall[runs - 1], cpu[runs / 2], rss / 1024.0);
        }
    }
}
