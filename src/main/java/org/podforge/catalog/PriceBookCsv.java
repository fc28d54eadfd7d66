package org.podforge.catalog;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a price book from CSV (UTF-8, comma-separated, RFC 4180 quoting, CRLF or LF) in the
 * {@link PriceTable} layout. A semicolon- or tab-separated file (what some spreadsheets write in
 * locales with a decimal comma) is recognised from its header row and read the same way.
 */
public final class PriceBookCsv {
    private PriceBookCsv() {
    }

    public static PriceBook load(Path file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new CatalogException(file + ": not UTF-8 text; save the sheet as \"CSV UTF-8\"");
        } catch (IOException e) {
            throw new CatalogException("cannot read price book " + file + ": " + e.getMessage(), e);
        }
        String name = file.getFileName().toString().replaceFirst("(?i)\\.csv$", "");
        return read(file.toString(), text, file.toAbsolutePath().toString(), name);
    }

    static PriceBook read(String fileName, String text, String origin, String defaultName) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char sep = separator(text);
        return PriceTable.read(fileName, parse(fileName, text, sep), origin, defaultName, c -> "column " + (c + 1));
    }

    /** The separator of the first line that names the part-number column: ',' unless it is ';' or a tab. */
    static char separator(String text) {
        for (String line : text.split("\r?\n", 50)) {
            if (PriceTable.key(line).startsWith(PriceTable.key(PriceTable.PART))) {
                int comma = line.indexOf(',');
                int semi = line.indexOf(';');
                int tab = line.indexOf('\t');
                if (comma < 0 && semi > 0) {
                    return ';';
                }
                if (comma < 0 && tab > 0) {
                    return '\t';
                }
                return ',';
            }
        }
        return ',';
    }

    static List<List<String>> parse(String fileName, String text, char sep) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int quoteLine = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        f.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    f.append(c);
                }
            } else if (c == '"' && f.toString().isBlank()) {
                quoted = true;
                quoteLine = line;
                f.setLength(0);
            } else if (c == sep) {
                row.add(f.toString());
                f.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(f.toString());
                f.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                line++;
            } else {
                f.append(c);
            }
        }
        if (quoted) {
            throw new CatalogException(fileName + ", line " + quoteLine + ": a quoted field is never closed; add the closing "
                    + "double quote (write a quote inside a field as two quotes \"\")");
        }
        if (f.length() > 0 || !row.isEmpty()) {
            row.add(f.toString());
            rows.add(row);
        }
        return rows;
    }
}
