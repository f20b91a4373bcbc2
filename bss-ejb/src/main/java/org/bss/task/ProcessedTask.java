package org.bss.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Marks a task as done; its id makes consumers idempotent. */
@Entity
@Table(name = "processed_task")
public class ProcessedTask {

    @Id
    @Column(name = "task_id", length = 64)
    private String taskId;

    @Column(name = "kind", length = 60, nullable = false)
    private String kind;

    @Column(name = "deliveries", nullable = false)
    private int deliveries;

    @Column(name = "processed_at", nullable = false)
    private Instant processedAt;

    protected ProcessedTask() {}

    ProcessedTask(String taskId, String kind, int deliveries, Instant processedAt) {
        this.taskId = taskId;
        this.kind = kind;
        this.deliveries = deliveries;
        this.processedAt = processedAt;
    }
}
