package io.shopdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pins the package layout STYLE.md describes: each top-level package under {@code io.shopdesk} is one feature (its
 * sub-packages, such as {@code risk.backtest} or {@code nlp.review}, belong to it), its {@code internal} packages are
 * its own, and features depend on each other in one direction only. Main classes only: a test may use the internals
 * of the feature it tests.
 *
 * <p>Plain JUnit Jupiter around ArchUnit's core library (its own JUnit engine is not used). Reads the compiled classes
 * from the class path, so it checks what {@code test-compile} just built.
 */
class FeatureBoundariesTest {
    private static final String BASE = "io.shopdesk";

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    /**
     * A feature's {@code internal} packages (at any depth: {@code risk.internal}, {@code risk.model.internal},
     * {@code nlp.review.internal}) are used only inside that feature. Another feature goes through the public face or
     * an application event. A public method of the face that returns an internal type counts too: the caller's class
     * file names the internal type.
     */
    @Test
    void noFeatureReachesIntoAnotherFeaturesInternals() {
        Set<String> features = features();
        // The rules below are built from the packages found, so an import that found nothing would pass them all.
        assertThat(features).contains("chat", "dialogue", "escalation", "nlp", "risk", "ruleengine");

        List<ArchRule> rules = features.stream()
                .map(feature -> (ArchRule) noClasses()
                        .that().resideOutsideOfPackage(BASE + "." + feature + "..")
                        .should().dependOnClassesThat().resideInAPackage(BASE + "." + feature + "..internal..")
                        .as("no class outside " + feature + " should depend on " + BASE + "." + feature
                                + "..internal.."))
                .toList();
        CompositeArchRule.of(rules)
                .as("no class outside a feature should depend on that feature's internal packages (io.shopdesk.<feature>..internal..)")
                .check(classes);
    }

    /**
     * Features depend on each other in one direction only (measured when this test was written: no cycle). Today's
     * order, lowest first: {@code model}, {@code watch}; {@code ruleengine}; {@code nlp}; {@code commerce},
     * {@code knowledge}, {@code risk}; {@code recommendation}; {@code dialogue}; {@code chat}; {@code escalation};
     * {@code health}, {@code cli}. A change that needs a lower feature to call a higher one should publish an
     * application event the higher one listens to, or move the shared type down to the feature that owns it.
     */
    @Test
    void featuresDependOnEachOtherWithoutCycles() {
        slices().matching(BASE + ".(*)..").namingSlices("$1")
                .should().beFreeOfCycles()
                .check(classes);
    }

    /** The top-level packages under {@code io.shopdesk} that hold main classes. */
    private static Set<String> features() {
        Set<String> features = new TreeSet<>();
        for (JavaClass type : classes) {
            String name = type.getPackageName();
            if (name.startsWith(BASE + ".")) {
                String rest = name.substring(BASE.length() + 1);
                int dot = rest.indexOf('.');
                features.add(dot < 0 ? rest : rest.substring(0, dot));
            }
        }
        return features;
    }
}
