package org.podforge.app.palette;

import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;

/**
 * The drag-and-drop contract between the palette (source) and the canvas (target): a part number under
 * the custom {@link #PART} data format {@code application/x-podforge-part}, plus the part number as
 * plain text.
 */
public final class PartDrag {
    /** Custom data format carrying a catalog part number. */
    public static final DataFormat PART = format("application/x-podforge-part");

    private PartDrag() {
    }

    private static DataFormat format(String mime) {
        DataFormat existing = DataFormat.lookupMimeType(mime);
        return existing != null ? existing : new DataFormat(mime);
    }

    /** The part number a dragboard carries, or null when it carries none. */
    public static String partNumber(Dragboard db) {
        if (db == null || !db.hasContent(PART)) {
            return null;
        }
        Object o = db.getContent(PART);
        return o == null ? null : o.toString();
    }
}
