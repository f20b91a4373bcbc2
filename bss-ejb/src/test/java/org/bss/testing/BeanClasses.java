package org.bss.testing;

import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bss.common.BssException;

/**
 * The classes of bss-ejb (its compiled main classes, read once per JVM), for what the container finds by scanning:
 * the one implementation of a local interface and the observer methods of an event.
 */
final class BeanClasses {

    private static final List<Class<?>> CLASSES = load();

    private BeanClasses() {}

    /** {@code type} itself when it is a class; for an interface its one implementation in bss-ejb. */
    static Class<?> implementation(Class<?> type) {
        if (!type.isInterface()) {
            return type;
        }
        List<Class<?>> found = CLASSES.stream()
                .filter(c -> type.isAssignableFrom(c) && !c.isInterface() && !Modifier.isAbstract(c.getModifiers()))
                .toList();
        if (found.size() != 1) {
            throw new IllegalStateException(type.getName() + " has " + found.size() + " implementations in bss-ejb "
                    + found + ": give the harness a stand-in (ServiceHarness.standIn)");
        }
        return found.get(0);
    }

    /** The methods of bss-ejb with a parameter {@code @Observes E} that an event of {@code eventType} reaches. */
    static List<Method> observersOf(Class<?> eventType) {
        List<Method> observers = new ArrayList<>();
        for (Class<?> c : CLASSES) {
            for (Method m : c.getDeclaredMethods()) {
                for (Parameter p : m.getParameters()) {
                    if (p.isAnnotationPresent(Observes.class) && p.getType().isAssignableFrom(eventType)) {
                        observers.add(m);
                    }
                }
            }
        }
        return observers;
    }

    private static List<Class<?>> load() {
        try {
            Path root = Path.of(BssException.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            try (Stream<Path> files = Files.walk(root)) {
                return files.map(root::relativize)
                        .map(Path::toString)
                        .filter(f -> f.endsWith(".class") && !f.contains("$") && !f.endsWith("-info.class"))
                        .map(f -> f.substring(0, f.length() - ".class".length())
                                .replace('/', '.')
                                .replace('\\', '.'))
                        .<Class<?>>map(BeanClasses::forName)
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> forName(String name) {
        try {
            return Class.forName(name, false, BeanClasses.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
