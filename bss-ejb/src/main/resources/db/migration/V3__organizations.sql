-- Organizations (issue 4, ORG-1..8): the fields of table 5.2, the marketplace id of a customer organization,
-- the operator revenue share of a supplier, the distinguished name of certificate callers (ORG-8) and the
-- available payment types. Portable SQL: PostgreSQL 15 and H2 2.2 (plain and MODE=PostgreSQL).
alter table organization add column address varchar(255);
alter table organization add column phone varchar(50);
alter table organization add column url varchar(255);
alter table organization add column description varchar(2000);
alter table organization add column domicile varchar(2);
alter table organization add column marketplace_id varchar(100);
alter table organization add column operator_revenue_share numeric(5,2);
alter table organization add column distinguished_name varchar(255);
alter table organization add column payment_types varchar(255);
-- unique when set: both databases allow any number of NULLs in a unique index
create unique index uq_organization_dn on organization (distinguished_name);

alter table platform_user add column additional_name varchar(100);
alter table platform_user add column address varchar(255);
alter table platform_user add column phone varchar(50);
