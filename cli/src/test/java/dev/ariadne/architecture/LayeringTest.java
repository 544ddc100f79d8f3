package dev.ariadne.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The layering of docs/design.md, checked over the compiled classes of the engine, the
 * store and the command line: a package uses only packages of a lower layer, never one
 * of its own layer or above, so there are no cycles and no upward imports.
 */
class LayeringTest {
    /** Layer of each package under dev.ariadne, lowest first; packages of one layer do not know each other. */
    static final Map<String, Integer> LAYERS = Map.ofEntries(
            Map.entry("value", 0), Map.entry("collect", 0), Map.entry("pool", 0), Map.entry("storage", 0),
            Map.entry("io", 0),
            Map.entry("lang.syntax", 1),
            Map.entry("lang.resolve", 2),
            Map.entry("lang.compile", 3),
            Map.entry("vm", 4),
            Map.entry("snapshot", 5), Map.entry("load", 5), Map.entry("liveness", 5),
            Map.entry("result", 6),
            Map.entry("space", 7), Map.entry("report", 7),
            Map.entry("space.lang", 8),
            Map.entry("expand", 9),
            Map.entry("expand.remote", 10), Map.entry("simulate", 10),
            Map.entry("explore", 11),
            Map.entry("store", 12),
            Map.entry("api", 13),
            Map.entry("junit", 14), Map.entry("cli", 14));

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.ariadne");
    }

    /** The package of a class relative to dev.ariadne, its sub-packages folded into the layer's package. */
    static String layerPackage(JavaClass c) {
        String p = c.getPackageName().substring("dev.ariadne".length());
        p = p.startsWith(".") ? p.substring(1) : p;
        while (!p.isEmpty() && !LAYERS.containsKey(p)) {
            int dot = p.lastIndexOf('.');
            p = dot < 0 ? "" : p.substring(0, dot);
        }
        return p;
    }

    @Test
    void everyPackageHasALayer() {
        for (String module : List.of("dev.ariadne.explore.Explorer", "dev.ariadne.store.ChronicleStateStore",
                "dev.ariadne.cli.Main")) {
            assertTrue(classes.contain(module), "the classes of every module are imported: " + module);
        }
        TreeSet<String> missing = new TreeSet<>();
        for (JavaClass c : classes) {
            if (!c.getPackageName().equals("dev.ariadne") && layerPackage(c).isEmpty()) {
                missing.add(c.getPackageName());
            }
        }
        assertEquals(new TreeSet<>(), missing, "packages with no layer in LayeringTest.LAYERS and docs/design.md");
    }

    @Test
    void packagesUseOnlyLowerLayers() {
        List<String> upward = new ArrayList<>();
        for (JavaClass c : classes) {
            String from = layerPackage(c);
            if (from.isEmpty()) {
                continue;
            }
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass();
                if (!target.getPackageName().startsWith("dev.ariadne.")) {
                    continue;
                }
                String to = layerPackage(target);
                if (!to.equals(from) && !to.isEmpty() && LAYERS.get(to) >= LAYERS.get(from)) {
                    upward.add(from + " -> " + to + ": " + d.getDescription());
                }
            }
        }
        assertTrue(upward.isEmpty(), "dependencies on a package of the same or a higher layer:\n"
                + String.join("\n", new TreeSet<>(upward)));
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("dev.ariadne.(**)").should().beFreeOfCycles().check(classes);
    }
}
