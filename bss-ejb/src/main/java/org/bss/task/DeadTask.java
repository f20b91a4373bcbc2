package org.bss.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A task that failed on every allowed delivery; kept for the operator instead of looping. */
@Entity
@Table(name = "dead_task")
public class DeadTask {

    private static final int MAX_TEXT = 2000;

    @Id
    @Column(name = "task_id", length = 64)
    private String taskId;

    @Column(name = "kind", length = 60)
    private String kind;

    @Column(name = "payload", length = MAX_TEXT)
    private String payload;

    @Column(name = "error", length = MAX_TEXT)
    private String error;

    @Column(name = "deliveries", nullable = false)
    private int deliveries;

    @Column(name = "parked_at", nullable = false)
    private Instant parkedAt;

    protected DeadTask() {}

    DeadTask(Task task, String error, Instant parkedAt) {
        this.taskId = task.id();
        this.kind = task.kind();
        this.payload = clip(task.payload());
        this.error = clip(error);
        this.deliveries = task.deliveryCount();
        this.parkedAt = parkedAt;
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

    public String error() {
        return error;
    }

    public int deliveries() {
        return deliveries;
    }

    public Instant parkedAt() {
        return parkedAt;
    }
}
