-- Refresh-token rotation with reuse detection (issue 12): each active pair remembers the login (family) it descends
-- from, so that a refresh token of that family used a second time revokes the pair it produced (RFC 6819 §5.2.2.3).
-- Pairs issued before carry no family: they end here, their users log in again. The column stays nullable so that a
-- server of the previous release still issues tokens on this schema (a rolled-back deployment, or several branches on
-- one development database); this release refuses the tokens such a server issued (they carry no family).
-- Portable SQL: PostgreSQL 15, H2 2.2.
delete from api_token;
alter table api_token add column family_id varchar(64);
