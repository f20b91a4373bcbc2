-- Localized texts of price models (issue 13, SVC-3): a description and a license text per language, shown to
-- customers with the price model. Texts are no part of what is billed: no history.
create table price_model_text (
    pm_key        bigint          not null references price_model (pm_key),
    locale        varchar(8)      not null,
    description   varchar(2000),
    license       text,
    constraint pk_price_model_text primary key (pm_key, locale)
);
