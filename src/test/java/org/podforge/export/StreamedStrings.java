package org.podforge.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The repeated texts of the streamed sheets (racks, chassis, ports, parts of the cable schedule), kept out of
 * POI's shared strings table: POI makes an XML object of each text and serialises it to find duplicates, which
 * cost a cold export about a second for a few thousand texts. They are appended to POI's shared strings part
 * when the workbook is written ({@link #writePart}), after POI's own texts ({@link #follow}), so a streamed
 * cell refers to {@code POI's count + its index here}.
 */
final class StreamedStrings {
    private static final Pattern SST_START = Pattern.compile("<sst\\b[^>]*?(/?)>");
    private static final Pattern COUNT = Pattern.compile("\\s(count|uniqueCount)=\"\\d*\"");

    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> texts = new ArrayList<>();
    private long references;
    private int base = -1;

    /** Counts one cell that will refer to {@code text}, adding the text the first time. */
    void add(String text) {
        index.computeIfAbsent(text, t -> {
            texts.add(t);
            return texts.size() - 1;
        });
        references++;
    }

    /** Index in the workbook's shared strings of a text {@link #add added} before, or -1 (write it inline). */
    int index(String text) {
        Integer i = index.get(text);
        if (i == null) {
            return -1;
        }
        if (base < 0) {
            throw new IllegalStateException("shared strings referred to before POI's table was complete");
        }
        return base + i;
    }

    int size() {
        return texts.size();
    }

    /** Once POI's table is complete (it holds {@code poiUniqueCount} texts): these texts follow them. */
    void follow(int poiUniqueCount) {
        base = poiUniqueCount;
    }

    /** Writes POI's shared strings part ({@code poiXml}, the whole part) with these texts appended and its counts raised. */
    void writePart(byte[] poiXml, OutputStream out) throws IOException {
        if (base < 0) {
            throw new IllegalStateException("POI's shared strings table is not complete yet");
        }
        int poiUniqueCount = base;
        String xml = new String(poiXml, StandardCharsets.UTF_8);
        Matcher m = SST_START.matcher(xml);
        if (!m.find()) {
            throw new IOException("the workbook's shared strings part has no <sst> element");
        }
        boolean empty = !m.group(1).isEmpty();
        String tag = m.group();
        long poiCount = attr(tag, "count", poiUniqueCount);
        String start = COUNT.matcher(tag).replaceAll("");
        start = start.substring(0, start.length() - (empty ? 2 : 1)).stripTrailing()
                + " count=\"" + (poiCount + references) + "\" uniqueCount=\"" + (poiUniqueCount + texts.size()) + "\">";
        int close = empty ? -1 : xml.lastIndexOf("</sst>");
        if (!empty && close < m.end()) {
            throw new IOException("the workbook's shared strings part does not end with </sst>");
        }
        StringBuilder sb = new StringBuilder(xml.length() + texts.size() * 32);
        sb.append(xml, 0, m.start()).append(start);
        if (!empty) {
            sb.append(xml, m.end(), close);
        }
        for (String t : texts) {
            sb.append("<si><t xml:space=\"preserve\">");
            StreamedSheet.escape(sb, WorkbookExporter.fit(t));
            sb.append("</t></si>");
        }
        sb.append("</sst>");
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static long attr(String tag, String name, long otherwise) {
        Matcher m = Pattern.compile("\\s" + name + "=\"(\\d+)\"").matcher(tag);
        return m.find() ? Long.parseLong(m.group(1)) : otherwise;
    }
}
