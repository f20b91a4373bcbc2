-- Technical services (issue 13, SVC-1): one row per technical service of a technology provider. The definition
-- (parameters, events, roles, operations, texts) is kept as written in the technical-services format 1.9, one
-- service per document (docs/catalog.md, ADR 0010): the file format is the model's own serialization, and the
-- parts other features will refer to (parameters, events, roles) are addressed by their ids within the service.
create sequence technical_service_seq start with 10000 increment by 1;

create table technical_service (
    ts_key          bigint        primary key,
    org_key         bigint        not null references organization (org_key),
    ts_id           varchar(40)   not null,
    access_type     varchar(16)   not null,
    definition      text          not null,
    version         integer       not null,
    created_at      timestamp     not null,
    updated_at      timestamp     not null,
    constraint uq_technical_service unique (org_key, ts_id)
);

-- The suppliers a technology provider allows to define services on a technical service (G.1 "Manage suppliers",
-- the contract's marketing permission).
create table technical_service_supplier (
    ts_key          bigint        not null references technical_service (ts_key),
    org_key         bigint        not null references organization (org_key),
    primary key (ts_key, org_key)
);
