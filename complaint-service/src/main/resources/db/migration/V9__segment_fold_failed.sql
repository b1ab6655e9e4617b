-- Queue entries the segment folder could not fold even on their own, after retries (SegmentFolder): set aside
-- with the database's reason, so the rest of their partition goes on; nothing is lost. Once the cause is fixed,
-- put them back:
--   with back as (delete from segment_fold_failed returning part, complaint_ids, queued_at)
--   insert into segment_fold_queue (part, complaint_ids, queued_at) select * from back;
create table segment_fold_failed (
    id             bigint      primary key,
    part           smallint    not null,
    complaint_ids  bigint[]    not null,
    queued_at      timestamptz not null,
    failed_at      timestamptz not null,
    error          text        not null
);
