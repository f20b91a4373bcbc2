package org.bss.web.resource;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** JSON bodies of the health check and the test clock (JSON-B, public fields); each feature keeps its own in its package. */
public final class Dto {

    private Dto() {}

    @Schema(name = "Health")
    public static class Health {
        @Schema(
                example = "UP",
                enumeration = {"UP", "DOWN"})
        public String status;

        static Health of(String status) {
            Health h = new Health();
            h.status = status;
            return h;
        }
    }

    @Schema(name = "ClockAdvance")
    public static class ClockAdvance {
        @Schema(required = true, description = "Seconds to move BSS's clock forward (positive)", example = "7200")
        public Long seconds;
    }

    @Schema(name = "ClockState")
    public static class ClockState {
        @Schema(description = "BSS's current time (ISO-8601)")
        public String now;

        static ClockState of(java.time.Instant now) {
            ClockState c = new ClockState();
            c.now = now.toString();
            return c;
        }
    }
}
