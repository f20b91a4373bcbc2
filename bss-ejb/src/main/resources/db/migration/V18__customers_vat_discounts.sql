-- Customers, VAT and discounts (issue 13, ORG-2 / App. G.2, SVC-3 VatService and DiscountService).

-- A seller's customers (the original's organization reference SUPPLIER_TO_CUSTOMER): registered by the supplier or
-- self-registered on its marketplace; the marketplace the customer came through; the payment types the supplier
-- offers this customer (comma list of account.PaymentType ids, null: none).
create table supplier_customer (
    supplier_key               bigint        not null references organization (org_key),
    customer_key               bigint        not null references organization (org_key),
    marketplace_id             varchar(40),
    payment_types              varchar(100),
    created_at                 timestamp     not null,
    version                    integer       not null,
    primary key (supplier_key, customer_key)
);
create index ix_supplier_customer_customer on supplier_customer (customer_key);

-- The payment types a seller gives each new customer (getDefaultPaymentConfiguration); no row: none.
create table customer_payment_default (
    supplier_key               bigint        primary key references organization (org_key),
    payment_types              varchar(100),
    version                    integer       not null
);

-- A supplier's VAT (VatService): a row means VAT support is on, with its default rate (percent, 2 decimals);
-- rates per country (ISO 3166 code) and per customer belong to it and go with it.
create table vat_setting (
    supplier_key               bigint        primary key references organization (org_key),
    default_rate               numeric(5,2)  not null,
    version                    integer       not null
);

create table vat_country_rate (
    supplier_key               bigint        not null references vat_setting (supplier_key),
    country                    varchar(2)    not null,
    rate                       numeric(5,2)  not null,
    primary key (supplier_key, country)
);

create table vat_customer_rate (
    supplier_key               bigint        not null references vat_setting (supplier_key),
    customer_key               bigint        not null references organization (org_key),
    rate                       numeric(5,2)  not null,
    primary key (supplier_key, customer_key)
);
create index ix_vat_customer_rate_customer on vat_customer_rate (customer_key);

-- The discount a supplier grants a customer (DiscountService, AccountService.updateCustomerDiscount): percent with
-- 2 decimals, valid from begin_at (inclusive) to end_at (exclusive; null: open-ended).
create table customer_discount (
    supplier_key               bigint        not null references organization (org_key),
    customer_key               bigint        not null references organization (org_key),
    discount_percent           numeric(5,2)  not null,
    begin_at                   timestamp     not null,
    end_at                     timestamp,
    version                    integer       not null,
    primary key (supplier_key, customer_key)
);
create index ix_customer_discount_customer on customer_discount (customer_key);
