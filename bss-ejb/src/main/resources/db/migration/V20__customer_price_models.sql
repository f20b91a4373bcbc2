-- Customer price models (issue 13, SVC-3, App. G.6): as in the original, a supplier gives one customer its own price
-- for a service by a customer-specific copy of the service (template_key: the service it copies, customer_key: the
-- customer) that carries its own price_model row and history. A copy is never listed, published or sold by itself;
-- its id is the template's id, '#' and the customer's key (hence the wider service_id). One copy per template and
-- customer.
alter table service add column template_key bigint;
alter table service add column customer_key bigint;
alter table service add constraint fk_service_template foreign key (template_key) references service (service_key);
alter table service add constraint fk_service_customer foreign key (customer_key) references organization (org_key);
alter table service alter column service_id set data type varchar(100);
create unique index uq_service_customer on service (template_key, customer_key);
create index ix_service_customer on service (customer_key);
