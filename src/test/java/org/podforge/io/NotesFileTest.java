package org.podforge.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.podforge.catalog.Catalog;
import org.podforge.model.Note;
import org.podforge.model.Project;
import org.podforge.model.command.CommandStack;
import org.podforge.model.command.NoteCommand;
import org.podforge.testutil.TestCatalog;

/** Canvas notes in the file: they round-trip exactly, files without notes are unchanged, bad notes are named. */
class NotesFileTest {
    private final Catalog catalog = TestCatalog.catalog();

    private Project read(String json) throws Exception {
        return new ProjectReader(catalog).read("notes.podforge.json", json.getBytes(StandardCharsets.UTF_8)).project();
    }

    private ProjectFileException fails(String json) {
        return assertThrows(ProjectFileException.class, () -> read(json));
    }

    private static Project withNotes() {
        Project p = TestCatalog.smallProject();
        CommandStack stack = new CommandStack(p);
        stack.execute(NoteCommand.add(p, "Row B: storage pod\nask facilities about \u00e9 \u2192 \"power\"", 120.5, -80));
        stack.execute(NoteCommand.add(p, "second", 0, 0));
        return p;
    }

    @Test
    void notesRoundTripByteIdenticalInOrderAndConformToTheSchema() throws Exception {
        Project p = withNotes();
        String json = ProjectWriter.toJson(p);
        Project back = read(json);
        assertEquals(p.notes(), back.notes());
        assertEquals(List.of("note-1", "note-2"), back.notes().stream().map(Note::id).toList());
        assertEquals(json, ProjectWriter.toJson(back));
        assertTrue(json.contains("\"notes\""));
        var schema = com.networknt.schema.SchemaRegistry.withDefaultDialect(com.networknt.schema.SpecificationVersion.DRAFT_2020_12)
                .getSchema(java.nio.file.Files.readString(java.nio.file.Path.of("docs/project.schema.json")));
        assertEquals(List.of(), schema.validate(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json)).stream()
                .map(Object::toString).toList());
        assertFalse(schema.validate(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.replace("\"x\" : 120.5", "\"x\" : \"left\"")))
                .isEmpty(), "the schema refuses a note without a numeric place");
    }

    @Test
    void aDesignWithoutNotesIsWrittenAsBefore() {
        assertFalse(ProjectWriter.toJson(TestCatalog.smallProject()).contains("\"notes\""));
    }

    @Test
    void badNotesAreRefusedWithTheirPathAndWhatToDo() {
        String json = ProjectWriter.toJson(withNotes());
        ProjectFileException dup = fails(json.replace("\"id\" : \"note-2\"", "\"id\" : \"note-1\""));
        assertTrue(dup.getMessage().contains("notes[1].id") && dup.getMessage().contains("twice"), dup.getMessage());
        ProjectFileException place = fails(json.replace("\"x\" : 120.5", "\"x\" : \"left\""));
        assertTrue(place.getMessage().contains("notes[0].x") && place.getMessage().contains("number"), place.getMessage());
        ProjectFileException missing = fails(json.replace("\"text\" : \"second\",", ""));
        assertTrue(missing.getMessage().contains("notes[1].text") && missing.getMessage().contains("missing"), missing.getMessage());
        ProjectFileException typo = fails(json.replace("\"text\" : \"second\"", "\"txt\" : \"second\""));
        assertTrue(typo.getMessage().contains("unknown field 'txt'"), typo.getMessage());
        ProjectFileException longText = fails(json.replace("\"text\" : \"second\"", "\"text\" : \"" + "x".repeat(Note.MAX_TEXT + 1) + "\""));
        assertTrue(longText.getMessage().contains("at most 2000"), longText.getMessage());
    }
}
