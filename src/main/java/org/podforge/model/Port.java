package org.podforge.model;

/** One concrete port of a part: its name (e.g. {@code x16-3}) and the spec of its group. */
public record Port(String name, PortSpec spec) {
}
