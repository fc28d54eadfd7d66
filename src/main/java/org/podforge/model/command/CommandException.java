package org.podforge.model.command;

/** A command cannot run against the project as it is; nothing was changed. */
public class CommandException extends RuntimeException {
    public CommandException(String message) {
        super(message);
    }
}
