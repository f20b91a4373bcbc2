-- Asynchronous tasks on jms/bss/taskQueue: "done" records make consumers idempotent; tasks that
-- failed on every allowed delivery are parked for the operator instead of being redelivered forever.
create table processed_task (
    task_id      varchar(64)  not null primary key,
    kind         varchar(60)  not null,
    deliveries   integer      not null,
    processed_at timestamp    not null
);

create table dead_task (
    task_id    varchar(64)   not null primary key,
    kind       varchar(60),
    payload    varchar(2000),
    error      varchar(2000),
    deliveries integer       not null,
    parked_at  timestamp     not null
);
