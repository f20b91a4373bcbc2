-- Users (issue 4, USR-2..5): "forgot password" recovery tokens. Only a SHA-256 hash of the token is stored, one
-- open recovery per user; deleting the user deletes it. Portable SQL: PostgreSQL 15 and H2 2.2.
create table password_recovery (
    user_key        bigint        not null,
    token_hash      varchar(64)   not null,
    expires_at      timestamp     not null,
    constraint pk_password_recovery primary key (user_key),
    constraint uq_password_recovery_token unique (token_hash),
    constraint fk_password_recovery_user foreign key (user_key) references platform_user (user_key) on delete cascade
);
-- the user list of an organization is sorted by user id
create index ix_platform_user_org_user_id on platform_user (org_key, user_id);

-- CSV user imports (USR-5, App. F): one row per import with its progress, one row per rejected CSV line with the
-- reason as a message key and its parameters (joined by U+001F), so that every reader sees it in its own language.
create table user_import (
    import_id       varchar(36)   not null,
    org_key         bigint        not null,
    requested_by    varchar(100)  not null,
    status          varchar(16)   not null,
    total_rows      integer       not null,
    processed_rows  integer       not null,
    imported_users  integer       not null,
    rejected_rows   integer       not null,
    started_at      timestamp     not null,
    finished_at     timestamp,
    version         bigint        not null,
    constraint pk_user_import primary key (import_id),
    constraint fk_user_import_org foreign key (org_key) references organization (org_key) on delete cascade,
    constraint ck_user_import_status check (status in ('RUNNING', 'DONE', 'FAILED'))
);
create index ix_user_import_org on user_import (org_key, started_at);

create table user_import_rejection (
    import_id       varchar(36)   not null,
    line_no         integer       not null,
    user_id         varchar(100),
    message_key     varchar(100)  not null,
    params          varchar(4000),
    constraint pk_user_import_rejection primary key (import_id, line_no),
    constraint fk_user_import_rejection foreign key (import_id) references user_import (import_id) on delete cascade
);
