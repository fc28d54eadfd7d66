package org.podforge.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code podforge completion}: prints a bash/zsh completion script for every command and option
 * (picocli's {@link AutoComplete}). Install with {@code podforge completion > /etc/bash_completion.d/podforge}
 * or {@code source <(podforge completion)} in ~/.bashrc; zsh needs {@code autoload -U +X bashcompinit && bashcompinit} first.
 */
@Command(name = "completion", description = "Print a bash/zsh completion script: source <(podforge completion)")
public final class CompletionCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine root = spec.root().commandLine();
        spec.commandLine().getOut().print(AutoComplete.bash(root.getCommandName(), root));
        spec.commandLine().getOut().flush();
        return PodForgeCli.OK;
    }
}
