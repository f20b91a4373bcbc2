-- Failed tasks are tried again on their handler's schedule (issue 12: a mail waits 1, 5, 15, 60 minutes between
-- attempts) before they are parked: dead_task now also holds the tasks waiting for their next attempt.
-- state: WAITING (next attempt at retry_at, BSS clock), SENDING (on the queue again), PARKED (for the operator).
-- attempts: failed attempts since the first submission or the operator's last re-send.
-- retry_payload: the whole payload for the next attempt (payload keeps only what the operator may see).
-- Rows parked before this version stay PARKED. Portable SQL: PostgreSQL 15 and H2 2.2.
alter table dead_task add column state varchar(16) default 'PARKED' not null;
alter table dead_task add column attempts integer default 1 not null;
alter table dead_task add column retry_at timestamp;
alter table dead_task add column retry_payload varchar(20000);
create index dead_task_due on dead_task (state, retry_at);
