-- Failed logins made visible to the user (issue 11): a successful login resets failed_login_count (USR-3), so the
-- count it reset is kept here; the portal shows it after the next login ("n failed attempts since your last
-- successful login"). Portable SQL: PostgreSQL 15 and H2 2.2.
alter table platform_user add column failed_logins_before_last_login integer default 0 not null;
