package org.bss.clock;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.bss.common.persistence.InstantConverter;

/** The single row of table test_clock: the offset the test mode added to the system clock. */
@Entity
@Table(name = "test_clock")
public class TestClockState {

    public static final int ID = 1;

    @Id
    @Column(name = "id")
    private int id;

    @Column(name = "offset_ms", nullable = false)
    private long offsetMillis;

    @Convert(converter = InstantConverter.class)
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected TestClockState() {}

    public TestClockState(long offsetMillis, Instant changedAt) {
        this.id = ID;
        this.offsetMillis = offsetMillis;
        this.changedAt = changedAt;
    }

    public long getOffsetMillis() {
        return offsetMillis;
    }

    public void setOffsetMillis(long offsetMillis, Instant changedAt) {
        this.offsetMillis = offsetMillis;
        this.changedAt = changedAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
