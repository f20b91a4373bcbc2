-- Marketplaces (issue 13, MKT-1, MKT-2 supplier access): created by the operator with a generated id and an owner
-- organization (which holds MARKETPLACE_OWNER while it owns one). The flags and revenue shares are those of the
-- original's marketplace (VOMarketplace; G.4 revenue-share settings): stored, used by later steps.
create sequence marketplace_seq start with 10000 increment by 1;

create table marketplace (
    marketplace_key            bigint        primary key,
    marketplace_id             varchar(40)   not null,
    name                       varchar(100)  not null,
    org_key                    bigint        not null references organization (org_key),
    is_open                    boolean       not null,
    tagging_enabled            boolean       not null,
    review_enabled             boolean       not null,
    categories_enabled         boolean       not null,
    marketplace_revenue_share  numeric(5,2)  not null,
    reseller_revenue_share     numeric(5,2)  not null,
    broker_revenue_share       numeric(5,2)  not null,
    version                    integer       not null,
    created_at                 timestamp     not null,
    updated_at                 timestamp     not null,
    constraint uq_marketplace_id unique (marketplace_id)
);
create index ix_marketplace_owner on marketplace (org_key);

-- Who may publish, as the original keeps it (one row per marketplace and organization): GRANTED counts on a
-- restricted marketplace (only those granted publish), BANNED on an open one (everyone but those banned publishes).
-- A row of the other kind stays when the marketplace is switched and counts again when it is switched back.
create table marketplace_supplier (
    marketplace_key            bigint        not null references marketplace (marketplace_key),
    org_key                    bigint        not null references organization (org_key),
    publishing_access          varchar(16)   not null,
    primary key (marketplace_key, org_key)
);
create index ix_marketplace_supplier_org on marketplace_supplier (org_key);
