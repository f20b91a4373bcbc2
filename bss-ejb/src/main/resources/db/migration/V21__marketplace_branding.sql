-- The marketplace owner's branding URL (the stylesheet of its service portal pages; SOAP getBrandingUrl and
-- saveBrandingUrl) and tracking code (a snippet such as a web analytics script, written into those pages). MKT-2.
alter table marketplace add column branding_url varchar(255);
alter table marketplace add column tracking_code varchar(4000);
