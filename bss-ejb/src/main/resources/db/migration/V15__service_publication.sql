-- Where a supplier's service is on sale (issue 13, SVC-2/MKT): one marketplace per service, and whether the service
-- shows in the marketplace's catalog (the contract's "public"). An active service has a price model and a
-- publication (docs/marketplaces.md "Publishing and activation"). Deleting a service (only an inactive one) takes its
-- publication along.
create table service_publication (
    service_key       bigint        primary key references service (service_key) on delete cascade,
    marketplace_key   bigint        not null references marketplace (marketplace_key),
    visible           boolean       not null,
    published_at      timestamp     not null
);
create index ix_service_publication_marketplace on service_publication (marketplace_key);
