-- Segments are aggregated out of the intake's transaction (SegmentFolder). A carrier batch touches about every
-- segment, so with segments aggregated in the request two batches serialised from their locks to their commit.
-- The intake now queues its counted complaints here, one row per transaction, in the transaction that counted them;
-- the folder takes entries (skip locked), sums them into the segments' buckets and distinct complainants and
-- re-assesses those segments, and deletes the entries in that same transaction: each counted complaint is folded
-- exactly once.
create table segment_fold_queue (
    id             bigserial   primary key,
    complaint_ids  bigint[]    not null check (cardinality(complaint_ids) > 0),
    queued_at      timestamptz not null
);

-- complaints counted before this version were aggregated by the intake itself: nothing to queue for them
