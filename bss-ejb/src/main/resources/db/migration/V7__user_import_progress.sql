-- When an import last made progress: an import that is RUNNING without progress for a while was cut off by a
-- server stop (its chunks so far are committed) and is reported FAILED (UserImport.statusAt).
alter table user_import add column last_progress_at timestamp;
update user_import set last_progress_at = coalesce(finished_at, started_at);
alter table user_import alter column last_progress_at set not null;
