-- Featured services of a marketplace's landing page (issue 13, MKT-2, G.4 "Featured services"; docs/marketplaces.md
-- "Featured services"): services the owner picked among those published on the marketplace, in the owner's order.
-- Gone with the marketplace or the service; one published elsewhere or taken off sale is simply not shown.
create table featured_service (
    marketplace_key   bigint        not null references marketplace (marketplace_key) on delete cascade,
    service_key       bigint        not null references service (service_key) on delete cascade,
    position          integer       not null,
    primary key (marketplace_key, service_key)
);
create index ix_featured_service_service on featured_service (service_key);
