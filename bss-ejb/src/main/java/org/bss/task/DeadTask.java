package org.bss.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.bss.common.ConflictException;

/**
 * A task whose attempt failed: waiting for its next attempt on the handler's {@link RetrySchedule}, on the queue
 * again, or parked for the operator after its last attempt. The row goes when an attempt succeeds.
 */
@Entity
@Table(name = "dead_task")
public class DeadTask {

    private static final int MAX_TEXT = 2000;
    static final int MAX_RETRY_PAYLOAD = 20000;

    @Id
    @Column(name = "task_id", length = 64)
    private String taskId;

    @Column(name = "kind", length = 60)
    private String kind;

    /** What the operator may see of the payload (secrets removed by the handler, clipped). */
    @Column(name = "payload", length = MAX_TEXT)
    private String payload;

    /** The whole payload, for the next attempt; never shown. */
    @Column(name = "retry_payload", length = MAX_RETRY_PAYLOAD)
    private String retryPayload;

    @Column(name = "error", length = MAX_TEXT)
    private String error;

    /** JMS deliveries of the last attempt. */
    @Column(name = "deliveries", nullable = false)
    private int deliveries;

    /** When the last attempt failed. */
    @Column(name = "parked_at", nullable = false)
    private Instant parkedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private DeadTaskState state;

    /** Failed attempts since the first submission or the operator's last re-send. */
    @Column(name = "attempts", nullable = false)
    private int attempts;

    /** When the next attempt is due (BSS clock); only while {@link DeadTaskState#WAITING}. */
    @Column(name = "retry_at")
    private Instant retryAt;

    protected DeadTask() {}

    DeadTask(Task task) {
        this.taskId = task.id();
        this.kind = task.kind();
    }

    /**
     * Records a failed attempt: the task waits for its next attempt, or is parked when the schedule has none left.
     *
     * @param keptPayload the payload as the operator may see it
     */
    void failed(Task task, String keptPayload, String error, Instant now, RetrySchedule schedule) {
        if (state == DeadTaskState.WAITING || state == DeadTaskState.PARKED) {
            // a late redelivery of the attempt already recorded (its acknowledgement was lost): not a new attempt
            this.error = clip(error);
            return;
        }
        this.payload = clip(keptPayload);
        boolean keepable = task.payload() == null || task.payload().length() <= MAX_RETRY_PAYLOAD;
        this.retryPayload = keepable ? task.payload() : null;
        this.error = clip(error);
        this.deliveries = task.deliveryCount();
        this.parkedAt = now;
        this.attempts++;
        // a payload too long to keep cannot be tried again
        Optional<Duration> wait = keepable ? schedule.waitAfter(attempts) : Optional.empty();
        this.state = wait.isPresent() ? DeadTaskState.WAITING : DeadTaskState.PARKED;
        this.retryAt = wait.map(now::plus).orElse(null);
    }

    public boolean isDue(Instant now) {
        return state == DeadTaskState.WAITING && retryAt != null && !retryAt.isAfter(now);
    }

    /** Its due attempt is on the queue. */
    void resubmitted() {
        this.state = DeadTaskState.SENDING;
        this.retryAt = null;
    }

    /**
     * The operator sends it again now: its schedule starts over.
     *
     * @throws ConflictException it is on the queue already
     */
    void resent() {
        if (state == DeadTaskState.SENDING) {
            throw new ConflictException("task.resend.inProgress", taskId);
        }
        resubmitted();
        this.attempts = 0;
    }

    /** The payload of the next attempt (rows parked before V10 kept only the operator's copy). */
    String nextPayload() {
        return retryPayload != null ? retryPayload : payload;
    }

    private static String clip(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }

    public String taskId() {
        return taskId;
    }

    public String kind() {
        return kind;
    }

    /** The payload without secrets, as the operator may see it. */
    public String payload() {
        return payload;
    }

    public String error() {
        return error;
    }

    public int deliveries() {
        return deliveries;
    }

    /** When the last attempt failed. */
    public Instant parkedAt() {
        return parkedAt;
    }

    public DeadTaskState state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    /** When the next attempt is due; null unless waiting. */
    public Instant retryAt() {
        return retryAt;
    }
}
