-- The segment folder runs one worker per partition of the segments (numguard.complaints.fold-partitions), so folds
-- of different segments proceed side by side (their lock stripes are disjoint). An intake queues one row per
-- partition its counted complaints fall in.
alter table segment_fold_queue add column part smallint not null default 0 check (part >= 0);
