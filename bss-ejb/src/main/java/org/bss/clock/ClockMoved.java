package org.bss.clock;

import java.time.Instant;

/** CDI event: the test clock was moved (or reset); everything computed from "now" must be recomputed. */
public record ClockMoved(Instant now) {}
