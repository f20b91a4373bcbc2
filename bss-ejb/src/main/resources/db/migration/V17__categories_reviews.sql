-- Categories, tags and reviews of a marketplace's services (issue 13, MKT-3, MKT-4, SVC-2; docs/marketplaces.md
-- "Categories", "Tag cloud", "Reviews"). Tags are not stored here: they are the technical service's localized tags.

-- A marketplace owner's categories: an id unique per marketplace and a name per locale (en, de, ja). Deleting the
-- marketplace deletes its categories, deleting a category its names and assignments.
create sequence category_seq start with 10000 increment by 1;

create table category (
    category_key      bigint        primary key,
    marketplace_key   bigint        not null references marketplace (marketplace_key) on delete cascade,
    category_id       varchar(40)   not null,
    version           integer       not null,
    constraint uq_category unique (marketplace_key, category_id)
);

create table category_text (
    category_key      bigint        not null references category (category_key) on delete cascade,
    locale            varchar(8)    not null,
    name              varchar(100)  not null,
    primary key (category_key, locale)
);

-- The categories a supplier gave its service (of the marketplace it is published on).
create table service_category (
    service_key       bigint        not null references service (service_key) on delete cascade,
    category_key      bigint        not null references category (category_key) on delete cascade,
    primary key (service_key, category_key)
);
create index ix_service_category_category on service_category (category_key);

-- One review per user and service: a rating 1..5, a title and a comment, changed only by its author.
create sequence service_review_seq start with 10000 increment by 1;

create table service_review (
    review_key        bigint         primary key,
    service_key       bigint         not null references service (service_key) on delete cascade,
    user_key          bigint         not null references platform_user (user_key) on delete cascade,
    rating            integer        not null,
    title             varchar(100)   not null,
    comment_text      varchar(2000)  not null,
    version           integer        not null,
    created_at        timestamp      not null,
    updated_at        timestamp      not null,
    constraint uq_service_review unique (service_key, user_key),
    constraint ck_service_review_rating check (rating between 1 and 5)
);
create index ix_service_review_user on service_review (user_key);
