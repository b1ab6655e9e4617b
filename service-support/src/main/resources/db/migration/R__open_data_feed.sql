-- Written by service-support: the read model of the open-data feeds (/open/v1/...), in every service's database.
-- Repeatable (R__) so that it applies after each service's own versioned migrations without a version of its own;
-- idempotent, so re-applying it (when this file changes) keeps the rows.
--
-- One row per (feed, key) with the key's latest change: its public columns, or removed = true once the key left the
-- feed (a mirror holding an old cursor learns the removal). The table grows with the keys ever published (at most
-- the 11,000 possible segment codes), not with history. cursor comes from one sequence, drawn under a per-feed
-- advisory lock held until commit (FeedLog), so cursors become visible in increasing order: a reader that saw
-- cursor n will never later find a change with a smaller one.
create sequence if not exists open_feed_cursor;
create table if not exists open_feed_entry (
    feed        text        not null,
    key         text        not null,
    cursor      bigint      not null,
    removed     boolean     not null,
    changed_at  timestamptz not null,
    fields      text[]      not null,
    primary key (feed, key)
);
create index if not exists open_feed_entry_cursor on open_feed_entry (feed, cursor);
