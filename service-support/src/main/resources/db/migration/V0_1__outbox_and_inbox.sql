-- Written by service-support, applied in every service's database before the service's own migrations.

-- Transactional outbox: a row per event, written in the same transaction as the change that caused it.
create table outbox_event (
    seq            bigserial primary key,           -- relay order; per-key order follows from it
    id             uuid        not null unique,     -- the CloudEvents id
    topic          text        not null,
    event_type     text        not null,            -- CloudEvents type, io.numguard.<name>.v1
    aggregate_key  text        not null,            -- Kafka record key
    payload        text,                            -- JSON data; null for a tombstone
    created_at     timestamptz not null,
    published_at   timestamptz,
    attempts       int         not null default 0,
    last_error     text
);
create index outbox_event_unpublished on outbox_event (seq) where published_at is null;

-- Idempotent consumer: the ids of processed events, recorded in the same transaction as their effect.
create table processed_event (
    consumer      text        not null,
    event_id      text        not null,
    event_type    text        not null,
    processed_at  timestamptz not null,
    primary key (consumer, event_id)
);
