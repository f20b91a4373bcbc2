package org.bss.timer;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.bss.common.persistence.InstantConverter;

/** One timer kind's due work (table due_work, DESIGN.md "Timers"). */
@Entity
@Table(name = "due_work")
public class DueWork {

    public static final int MAX_ERROR_LENGTH = 4000;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 64)
    private TimerKind kind;

    @Convert(converter = InstantConverter.class)
    @Column(name = "next_due_at")
    private Instant nextDueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private DueWorkState state;

    /** The interval the due time was computed with (ms or ISO period; null when disabled). */
    @Column(name = "interval_spec", length = 64)
    private String intervalSpec;

    @Column(name = "offset_ms", nullable = false)
    private long offsetMillis;

    @Convert(converter = InstantConverter.class)
    @Column(name = "last_run_at")
    private Instant lastRunAt;

    @Column(name = "last_error", length = MAX_ERROR_LENGTH)
    private String lastError;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected DueWork() {}

    public DueWork(TimerKind kind) {
        this.kind = kind;
        this.state = DueWorkState.DISABLED;
    }

    /** Sets the schedule: a null interval disables the kind. */
    public void schedule(TimerInterval interval, long offsetMillis, Instant nextDueAt) {
        this.intervalSpec = interval == null ? null : interval.toString();
        this.offsetMillis = offsetMillis;
        this.nextDueAt = interval == null ? null : nextDueAt;
        this.state = interval == null ? DueWorkState.DISABLED : DueWorkState.SCHEDULED;
    }

    public void ran(Instant at, String error, Instant next) {
        this.lastRunAt = at;
        this.lastError =
                error == null ? null : error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        this.nextDueAt = next;
    }

    public TimerInterval interval() {
        return TimerInterval.parse(intervalSpec);
    }

    public boolean isDue(Instant now) {
        return state == DueWorkState.SCHEDULED && nextDueAt != null && !nextDueAt.isAfter(now);
    }

    public TimerKind getKind() {
        return kind;
    }

    public Instant getNextDueAt() {
        return nextDueAt;
    }

    public DueWorkState getState() {
        return state;
    }

    public String getIntervalSpec() {
        return intervalSpec;
    }

    public long getOffsetMillis() {
        return offsetMillis;
    }

    public Instant getLastRunAt() {
        return lastRunAt;
    }

    public String getLastError() {
        return lastError;
    }

    public long getVersion() {
        return version;
    }
}
