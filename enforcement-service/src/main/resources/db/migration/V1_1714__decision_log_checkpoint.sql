-- Signed checkpoints of the decision log's head (issue 17 item 14): verification holds the log against the newest
-- one, so deleting the newest entries is reported as TRUNCATED. A regulator can download one and present it later.
create table decision_log_checkpoint (
    id        bigserial   primary key,
    sequence  bigint      not null check (sequence >= 0),
    head_hash text        not null,
    signed_at timestamptz not null,
    signature text        not null
);
create index decision_log_checkpoint_sequence on decision_log_checkpoint (sequence desc);
