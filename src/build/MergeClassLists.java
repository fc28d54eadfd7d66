import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Build step of the class-data archive (docs/decisions/0021), run by Maven with Java's source launcher:
 * {@code java src/build/MergeClassLists.java OUT IN...}. Each training run's {@code -XX:DumpLoadedClassList} file numbers
 * its classes from 0 ({@code java/lang/Object id: 0}), so the files cannot simply be concatenated: the dump rejects a
 * number used twice. This writes each line once, in first-seen order, without its number (the dump does not need the
 * numbers for classes of the built-in loaders, the only ones our lists hold). A line that refers to numbers (a class of
 * a custom loader, {@code super:}) would lose its meaning, so such a list is refused rather than merged wrongly.
 */
public final class MergeClassLists {
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java MergeClassLists.java OUT IN...");
            System.exit(2);
        }
        Set<String> lines = new LinkedHashSet<>();
        for (int i = 1; i < args.length; i++) {
            Path in = Path.of(args[i]);
            for (String line : Files.readAllLines(in, StandardCharsets.UTF_8)) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (line.contains(" super: ") || line.contains(" source: ")) {
                    System.err.println(in + ": a class of a custom class loader (" + line + "); merge refused");
                    System.exit(1);
                }
                lines.add(line.replaceFirst(" id: \\d+$", ""));
            }
        }
        Files.write(Path.of(args[0]), lines, StandardCharsets.UTF_8);
        System.out.println("merged " + (args.length - 1) + " class lists into " + args[0] + ": " + lines.size() + " lines");
    }
}
