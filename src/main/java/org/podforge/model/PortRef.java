package org.podforge.model;

import java.util.Objects;

/** One end of a link: a component and the name of one of its part's ports. */
public record PortRef(String componentId, String port) implements Comparable<PortRef> {
    public PortRef {
        Objects.requireNonNull(componentId, "componentId");
        Objects.requireNonNull(port, "port");
    }

    /** Parses {@code component/port}. */
    public static PortRef parse(String text) {
        int i = text.lastIndexOf('/');
        if (i <= 0 || i == text.length() - 1) {
            throw new IllegalArgumentException("'" + text + "' is not a port reference of the form component/port");
        }
        return new PortRef(text.substring(0, i), text.substring(i + 1));
    }

    @Override
    public int compareTo(PortRef o) {
        int c = componentId.compareTo(o.componentId);
        return c != 0 ? c : port.compareTo(o.port);
    }

    @Override
    public String toString() {
        return componentId + "/" + port;
    }
}
