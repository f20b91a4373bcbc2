-- BSS foundation schema (issue 3). Portable SQL: the same script runs on PostgreSQL 15 and H2 2.2.
-- Keys come from sequences (create sequence works on both); no SERIAL / IDENTITY.
-- Times are UTC instants stored in "timestamp" columns (written and read by the application only).

create sequence organization_seq start with 10000 increment by 1;
create sequence platform_user_seq start with 10000 increment by 1;

create table organization (
    org_key         bigint        not null,
    org_id          varchar(100)  not null,
    name            varchar(100)  not null,
    email           varchar(100),
    locale          varchar(16)   not null,
    created_at      timestamp     not null,
    version         bigint        not null,
    constraint pk_organization primary key (org_key),
    constraint uq_organization_org_id unique (org_id)
);

create table organization_role (
    org_key         bigint        not null,
    role_name       varchar(32)   not null,
    constraint pk_organization_role primary key (org_key, role_name),
    constraint fk_organization_role_org foreign key (org_key) references organization (org_key) on delete cascade
);

create table platform_user (
    user_key                 bigint        not null,
    user_id                  varchar(100)  not null,
    org_key                  bigint        not null,
    email                    varchar(100),
    first_name               varchar(100),
    last_name                varchar(100),
    salutation               varchar(8),
    locale                   varchar(16)   not null,
    password_hash            varchar(255),
    failed_login_count       integer       not null,
    status                   varchar(16)   not null,
    password_change_required boolean       not null,
    password_changed_at      timestamp,
    last_login_at            timestamp,
    created_at               timestamp     not null,
    version                  bigint        not null,
    constraint pk_platform_user primary key (user_key),
    constraint uq_platform_user_user_id unique (user_id),
    constraint fk_platform_user_org foreign key (org_key) references organization (org_key),
    constraint ck_platform_user_status check (status in ('ACTIVE', 'LOCKED'))
);
create index ix_platform_user_org on platform_user (org_key);

create table user_role (
    user_key        bigint        not null,
    role_name       varchar(32)   not null,
    constraint pk_user_role primary key (user_key, role_name),
    constraint fk_user_role_user foreign key (user_key) references platform_user (user_key) on delete cascade
);

create table config_setting (
    setting_key     varchar(100)  not null,
    setting_value   varchar(4000),
    changed_at      timestamp     not null,
    version         bigint        not null,
    constraint pk_config_setting primary key (setting_key)
);

create table supported_currency (
    currency_code   varchar(3)    not null,
    added_at        timestamp     not null,
    constraint pk_supported_currency primary key (currency_code)
);

-- Timer engine (DESIGN.md "Timers"): one row per timer kind.
create table due_work (
    kind            varchar(64)   not null,
    next_due_at     timestamp,
    state           varchar(16)   not null,
    interval_spec   varchar(64),
    offset_ms       bigint        not null,
    last_run_at     timestamp,
    last_error      varchar(4000),
    version         bigint        not null,
    constraint pk_due_work primary key (kind),
    constraint ck_due_work_state check (state in ('SCHEDULED', 'DISABLED'))
);

-- REST token layer (API-3): one active access/refresh pair per user.
create table api_token (
    user_key           bigint        not null,
    access_jti         varchar(64)   not null,
    access_expires_at  timestamp     not null,
    refresh_jti        varchar(64)   not null,
    refresh_expires_at timestamp     not null,
    issued_at          timestamp     not null,
    version            bigint        not null,
    constraint pk_api_token primary key (user_key),
    constraint fk_api_token_user foreign key (user_key) references platform_user (user_key) on delete cascade
);

-- Test clock (DESIGN.md "Time"): a single row holding the offset added to the system clock.
create table test_clock (
    id              integer       not null,
    offset_ms       bigint        not null,
    changed_at      timestamp     not null,
    constraint pk_test_clock primary key (id),
    constraint ck_test_clock_single check (id = 1)
);
insert into test_clock (id, offset_ms, changed_at) values (1, 0, current_timestamp);

-- Bootstrap (USR-1): the operator organization and its administrator (user key 1000, password admin123,
-- must be changed at first login). The hash is PBKDF2WithHmacSHA256, 210000 iterations (PasswordHash).
insert into organization (org_key, org_id, name, email, locale, created_at, version)
    values (1000, 'PLATFORM_OPERATOR', 'Platform operator', null, 'en', current_timestamp, 0);
insert into organization_role (org_key, role_name) values (1000, 'PLATFORM_OPERATOR');

insert into platform_user (user_key, user_id, org_key, email, first_name, last_name, salutation, locale, password_hash,
                           failed_login_count, status, password_change_required, password_changed_at, last_login_at,
                           created_at, version)
    values (1000, 'administrator', 1000, null, null, null, null, 'en',
            'pbkdf2-sha256$210000$Fb8XX495QBdn8eDyCIXuxg$roYq31GvieD6Bvyupuj/8+lCUym6Y5OnAx/sHWtoEao',
            0, 'ACTIVE', true, null, null, current_timestamp, 0);
insert into user_role (user_key, role_name) values (1000, 'ORGANIZATION_ADMIN');
insert into user_role (user_key, role_name) values (1000, 'PLATFORM_OPERATOR');

-- Default currencies of a fresh installation (CFG-4 adds more).
insert into supported_currency (currency_code, added_at) values ('EUR', current_timestamp);
insert into supported_currency (currency_code, added_at) values ('JPY', current_timestamp);
insert into supported_currency (currency_code, added_at) values ('USD', current_timestamp);
