package org.bss.system.matrix;

import java.util.function.Function;
import org.bss.system.matrix.AuthorizationMatrix.Surface;

/**
 * How the matrix exercises one operation: what it needs made first, the call through SOAP and through REST, and
 * whether the call's effect is visible afterwards (in the database, or for reads in the answer). {@code soap} is null
 * for an operation SOAP does not offer.
 */
record Probe(Scene.Target target, Function<Scene, Answer> soap, Function<Scene, Answer> rest, Effect effect) {

    /** Whether the effect of the call is visible; null when the operation has no effect to look for. */
    @FunctionalInterface
    interface Effect {
        Boolean visible(Scene scene, Surface surface, Answer answer);
    }

    Answer call(Scene scene, Surface surface) {
        return surface == Surface.SOAP ? soap.apply(scene) : rest.apply(scene);
    }
}
