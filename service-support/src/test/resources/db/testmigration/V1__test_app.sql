create table note (id uuid primary key, text text not null);
create table applied_order (id bigserial primary key, order_id text not null, event_id text not null);
