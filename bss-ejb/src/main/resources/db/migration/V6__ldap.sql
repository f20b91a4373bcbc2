-- LDAP-managed organizations (issue 4, USR-6, App. C). Portable SQL: PostgreSQL 15 and H2 2.2 (plain and
-- MODE=PostgreSQL). Keys are the App. C names (LDAP_URL, ...); see docs/ldap.md.

-- The operator's platform default LDAP settings ("Manage LDAP", G.5): one row per key that is set.
create table ldap_platform_setting (
    setting_key     varchar(64)   not null,
    setting_value   varchar(4000) not null,
    constraint pk_ldap_platform_setting primary key (setting_key)
);

-- An organization's own LDAP settings; an organization with at least one row is LDAP-managed.
create table organization_ldap_setting (
    org_key         bigint        not null,
    setting_key     varchar(64)   not null,
    setting_value   varchar(4000) not null,
    constraint pk_organization_ldap_setting primary key (org_key, setting_key),
    constraint fk_organization_ldap_setting_org foreign key (org_key) references organization (org_key) on delete cascade
);

-- A user imported from LDAP: no password hash, the directory checks the password.
alter table platform_user add column ldap_managed boolean default false not null;
