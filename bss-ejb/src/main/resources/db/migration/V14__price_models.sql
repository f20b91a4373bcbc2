-- Price models of services (issue 13, SVC-3). price_model holds what a service charges now; price_model_history
-- every state it had, append-only, each with the time it took effect (DESIGN.md "History"): billing reads the
-- history, never the current row. Both keep the terms as one JSON document (PriceModelTerms, ADR 0011).
-- Customer price models come with customers.
create sequence price_model_seq start with 10000 increment by 1;
create sequence price_model_history_seq start with 10000 increment by 1;

create table price_model (
    pm_key        bigint        primary key,
    service_key   bigint        not null references service (service_key),
    terms         text          not null,
    version       integer       not null,
    updated_at    timestamp     not null,
    constraint uq_price_model_service unique (service_key)
);

create table price_model_history (
    history_key   bigint        primary key,
    pm_key        bigint        not null references price_model (pm_key),
    valid_from    timestamp     not null,
    terms         text          not null
);
create index ix_price_model_history on price_model_history (pm_key, valid_from);
