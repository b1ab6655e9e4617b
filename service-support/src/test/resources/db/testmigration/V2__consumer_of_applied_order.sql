-- which consumer applied the order: the Kafka consumer of the test app, or a test calling the inbox directly
alter table applied_order add column consumer text not null default 'test.orders';
