package org.podforge.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A group of identical slots in a chassis: {@code gpu} x 8 of type GPU_MODULE gives gpu-1 .. gpu-8. */
public record SlotSpec(String id, String type, int count) {
    public SlotSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        if (count < 1) {
            throw new IllegalArgumentException("slot group '" + id + "' needs a count of at least 1, not " + count);
        }
    }

    public List<String> slotNames() {
        if (count == 1) {
            return List.of(id);
        }
        List<String> names = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            names.add(id + "-" + i);
        }
        return names;
    }
}
