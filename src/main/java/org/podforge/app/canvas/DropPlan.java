package org.podforge.app.canvas;

import org.podforge.app.canvas.CanvasLayout.Box;
import org.podforge.model.command.Command;

/**
 * The answer to "what happens if I drop (or move) here": either a command to execute with a short
 * description, or the reason it cannot be done. {@code highlight} is the world box to show as feedback
 * (the target, or the chassis preview position), {@code targetId} the object dropped onto.
 */
public record DropPlan(boolean ok, String message, Command command, String targetId, Box highlight) {

    public static DropPlan accept(String message, Command command, String targetId, Box highlight) {
        return new DropPlan(true, message, command, targetId, highlight);
    }

    public static DropPlan reject(String reason, String targetId, Box highlight) {
        return new DropPlan(false, reason, null, targetId, highlight);
    }
}
