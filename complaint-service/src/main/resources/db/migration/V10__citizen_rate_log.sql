-- The citizen rate limit's log (intake.persistence.PostgresCitizenRateLimiter), shared by every replica: per
-- complainant (the login identity's hash, never a raw identity), the epoch-millisecond times of their last allowed
-- complaints, at most the limit of them, oldest first. A row is locked while one attempt is decided, so two replicas
-- never both allow the limit-plus-first complaint. Rows idle for a whole window are pruned.
create table citizen_rate_log (
    citizen     text     not null primary key,
    allowed_at  bigint[] not null,
    last_at     bigint   not null
);
create index citizen_rate_log_last_at on citizen_rate_log (last_at);
