-- Up/downgrade options of a service (issue 13, SVC-2, G.3 "Up/downgrade options"; docs/catalog.md "Up/downgrade
-- options"): the services a subscription of the service may later move to, all on the same technical service.
-- Deleting either service deletes the path.
create table upgrade_path (
    service_key       bigint        not null references service (service_key) on delete cascade,
    target_key        bigint        not null references service (service_key) on delete cascade,
    primary key (service_key, target_key)
);
create index ix_upgrade_path_target on upgrade_path (target_key);
