package org.bss.system.matrix;

import org.bss.system.matrix.Scene.Target;

/**
 * The search index operation (issue 13, operator only): REST POST /search/index/rebuild. It queues the rebuild and
 * answers 202; the rebuild itself leaves the results as they were (ServiceSearchResourceIT checks what it does), so
 * there is no effect to look for here. Searching is open to everyone and has no row.
 */
final class SearchProbes {

    private SearchProbes() {}

    static Probe rebuild() {
        return new Probe(
                Target.NONE,
                null,
                s -> RestCall.call(s.caller, "POST", "/search/index/rebuild", null, null),
                (s, surface, a) -> null);
    }
}
