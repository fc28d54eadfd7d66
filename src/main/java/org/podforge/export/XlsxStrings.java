package org.podforge.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The workbook's shared strings part: every text of the small sheets and the repeated texts of the streamed sheets
 * (racks, chassis, ports, parts of the cable schedule), each once; a cell refers to its index. Texts are made
 * cell-safe ({@link SafeText#cell}) by the sheets before they get here.
 */
final class XlsxStrings {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> texts = new ArrayList<>();
    private long references;

    /** The index of {@code text}, added the first time; counts one cell that refers to it. */
    int add(String text) {
        references++;
        Integer i = index.get(text);
        if (i != null) {
            return i;
        }
        texts.add(text);
        index.put(text, texts.size() - 1);
        return texts.size() - 1;
    }

    /** Index of a text {@link #add added} before, or -1. */
    int index(String text) {
        Integer i = index.get(text);
        return i == null ? -1 : i;
    }

    int size() {
        return texts.size();
    }

    void write(OutputStream out) throws IOException {
        StringBuilder sb = new StringBuilder(texts.size() * 32 + 256);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"").append(references)
                .append("\" uniqueCount=\"").append(texts.size()).append("\">");
        for (String t : texts) {
            sb.append("<si><t xml:space=\"preserve\">");
            XlsxXml.escape(sb, t);
            sb.append("</t></si>");
            if (sb.length() > 1 << 16) {
                out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
                sb.setLength(0);
            }
        }
        sb.append("</sst>");
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
}
