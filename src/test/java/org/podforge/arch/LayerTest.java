package org.podforge.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers of docs/architecture: UI toolkits only in app, Jackson only in io/catalog, POI only in export. */
class LayerTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.podforge");
    }

    @Test
    void javafxSceneAndControlsFxOnlyInApp() {
        noClasses().that().resideOutsideOfPackage("org.podforge.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..",
                        "org.controlsfx..", "atlantafx..", "org.kordamp.ikonli..")
                .because("the UI toolkit stays in the app layer; the model, rules and CLI run headless")
                .check(classes);
    }

    @Test
    void modelDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage("org.podforge.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.podforge.catalog..", "org.podforge.io..",
                        "org.podforge.rules..", "org.podforge.bom..", "org.podforge.export..", "org.podforge.cli..",
                        "org.podforge.app..", "org.podforge.geometry..", "org.podforge.topology..", "org.podforge.service..",
                        "javafx..", "com.fasterxml..", "org.apache.poi..", "org.jgrapht..")
                .because("the domain model is pure Java")
                .check(classes);
    }

    @Test
    void jacksonOnlyInIoAndCatalog() {
        noClasses().that().resideOutsideOfPackages("org.podforge.io..", "org.podforge.catalog..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .check(classes);
    }

    @Test
    void logbackOnlyInIo() {
        noClasses().that().resideOutsideOfPackage("org.podforge.io..")
                .should().dependOnClassesThat().resideInAPackage("ch.qos.logback..")
                .because("the log file is set up in one place (io.AppLog); everything else logs through SLF4J")
                .check(classes);
    }

    @Test
    void poiOnlyInExport() {
        noClasses().that().resideOutsideOfPackage("org.podforge.export..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.poi..")
                .check(classes);
    }

    @Test
    void theWorkbookExportWritesWithoutPoi() {
        noClasses().that().haveSimpleNameStartingWith("Xlsx").or().haveFullyQualifiedName("org.podforge.export.WorkbookExporter")
                .or().haveFullyQualifiedName("org.podforge.export.WorkbookExporter$Builder")
                .or().haveFullyQualifiedName("org.podforge.export.ConnectivitySheet")
                .or().haveFullyQualifiedName("org.podforge.export.SheetPrint")
                .or().haveFullyQualifiedName("org.podforge.export.SheetParts")
                .or().haveFullyQualifiedName("org.podforge.export.DocumentProperties")
                .or().haveFullyQualifiedName("org.podforge.export.P2pWorkbook")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.apache.xmlbeans..", "org.openxmlformats..")
                .because("export --xlsx and --p2p write SpreadsheetML themselves and load no POI class (decision 0043; "
                        + "ExportLoadsNoPoiTest checks the whole command)")
                .check(classes);
    }

    @Test
    void pdfboxOnlyInPrintAndApp() {
        noClasses().that().resideOutsideOfPackages("org.podforge.print..", "org.podforge.app..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.pdfbox..")
                .because("one PDF renderer (org.podforge.print) for the CLI and the app; the app only rasterises its pages to print them")
                .check(classes);
    }

    @Test
    void jgraphtOnlyInTopologyAndRules() {
        noClasses().that().resideOutsideOfPackages("org.podforge.topology..", "org.podforge.rules..")
                .should().dependOnClassesThat().resideInAPackage("org.jgrapht..")
                .check(classes);
    }

    @Test
    void nothingBelowTheUiDependsOnAppOrCli() {
        noClasses().that().resideOutsideOfPackages("org.podforge.app..", "org.podforge.cli..")
                .and().doNotHaveFullyQualifiedName("org.podforge.Launcher")
                .should().dependOnClassesThat().resideInAnyPackage("org.podforge.app..", "org.podforge.cli..")
                .check(classes);
    }
}
