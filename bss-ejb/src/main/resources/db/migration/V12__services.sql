-- Marketable services (issue 13, SVC-2): what a supplier sells, defined on a technical service it may use. Texts per
-- locale and the parameter values the supplier fixed or leaves to the customer. Price models come with their own
-- migration (they keep a history, DESIGN.md "History"); definitions do not: no bill reads them.
create sequence service_seq start with 10000 increment by 1;

create table service (
    service_key       bigint        primary key,
    org_key           bigint        not null references organization (org_key),
    ts_key            bigint        not null references technical_service (ts_key),
    service_id        varchar(40)   not null,
    status            varchar(16)   not null,
    auto_assign_user  boolean       not null,
    version           integer       not null,
    created_at        timestamp     not null,
    updated_at        timestamp     not null,
    constraint uq_service unique (org_key, service_id)
);
create index ix_service_ts on service (ts_key);

-- Name, short description and description in one locale (en, de, ja); the service's own name is required in the
-- locale it was defined in.
create table service_text (
    service_key       bigint        not null references service (service_key),
    locale            varchar(8)    not null,
    name              varchar(100),
    short_description varchar(255),
    description       varchar(2000),
    primary key (service_key, locale)
);

-- A parameter of the technical service as the supplier set it: a value (null: none given) and whether a customer may
-- change it when subscribing (only a parameter the technical service marks configurable).
create table service_parameter (
    service_key       bigint        not null references service (service_key),
    parameter_id      varchar(255)  not null,
    parameter_value   varchar(255),
    configurable      boolean       not null,
    primary key (service_key, parameter_id)
);
