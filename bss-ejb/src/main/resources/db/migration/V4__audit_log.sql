-- Audit log (AUD-1..4, org.bss.audit): one row per audited operation, append-only. "pairs" holds the whole
-- name=value|name=value text in the AUD-2 order (userId, orgId, orgName first); user_id/org_id/org_name repeat
-- the caller for queries. occurred_at is a UTC instant; exports select by it, hence the index.
create sequence audit_log_seq start with 1 increment by 1;

create table audit_log (
    id             bigint         not null primary key,
    occurred_at    timestamp      not null,
    operation_id   integer        not null,
    operation_name varchar(100)   not null,
    user_id        varchar(100)   not null,
    org_id         varchar(100),
    org_name       varchar(100),
    pairs          varchar(4000)  not null,
    constraint ck_audit_log_operation_id check (operation_id between 30000 and 39999)
);

create index ix_audit_log_occurred_at on audit_log (occurred_at);
