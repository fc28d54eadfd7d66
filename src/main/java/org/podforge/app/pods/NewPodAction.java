package org.podforge.app.pods;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.podforge.app.DocumentModel;
import org.podforge.model.command.AddCommand;
import org.podforge.service.NewPod;
import org.podforge.service.Session;

/**
 * Edit > New Pod: adds another pod design with one empty rack ({@link NewPod}) as one undoable command, then selects
 * and shows it. The explicit way to start a pod, now that a rack dropped beside the pods is refused.
 */
public final class NewPodAction {
    private final DocumentModel doc;
    private final Consumer<Collection<String>> reveal;

    public NewPodAction(DocumentModel doc, Consumer<Collection<String>> reveal) {
        this.doc = doc;
        this.reveal = reveal;
    }

    public void run() {
        Session s = doc.getSession();
        AddCommand add = NewPod.command(s.project(), s.catalog(), null);
        if (doc.execute(add)) {
            reveal.accept(List.of(add.node().id()));
            doc.messageProperty().set("Added " + add.node().label() + " with one empty rack: drag chassis into it");
        }
    }
}
