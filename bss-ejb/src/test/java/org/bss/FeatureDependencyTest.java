package org.bss;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The feature packages of bss-ejb depend one way (docs/architecture.md): a feature uses only the features listed
 * before it. Read from the compiled classes, so every kind of use counts (imports, signatures, annotations, calls).
 */
class FeatureDependencyTest {

    /** Bottom to top. {@code billing} stands apart: the engine uses no other feature. */
    static final List<String> ORDER = List.of(
            "common",
            "config",
            "clock",
            "task",
            "mail",
            "audit",
            "timer",
            "account",
            "identity",
            "onboarding",
            "catalog",
            "billing",
            "marketplace",
            "tagging",
            "review",
            "customer",
            "search");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.bss");

    @Test
    void everyFeatureIsInTheOrder() {
        Set<String> features = new TreeSet<>();
        for (JavaClass c : CLASSES) {
            String feature = feature(c);
            if (feature != null) {
                features.add(feature);
            }
        }
        assertThat(ORDER).containsAll(features);
    }

    @Test
    void featuresDependOnlyOnFeaturesBelowThem() {
        Set<String> upward = new TreeSet<>();
        for (JavaClass c : CLASSES) {
            String from = feature(c);
            if (from == null) {
                continue;
            }
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String to = feature(d.getTargetClass());
                if (to != null && ORDER.indexOf(to) > ORDER.indexOf(from)) {
                    upward.add(from + " -> " + to);
                }
            }
        }
        assertThat(upward).as("dependencies against the order " + ORDER).isEmpty();
    }

    /** The feature of a bss-ejb class: the first package below org.bss; null for classes outside bss-ejb's features. */
    private static String feature(JavaClass c) {
        String name = c.getPackageName();
        if (!name.startsWith("org.bss.")) {
            return null;
        }
        String rest = name.substring("org.bss.".length());
        String first = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
        return first.equals("realm") ? null : first;
    }
}
