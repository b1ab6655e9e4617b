-- Written by service-support: which replica ran each scheduled job's latest tick (ClusterJobs), in every service's
-- database. Repeatable (R__) like the open-data read model, so it applies after each service's own versioned
-- migrations; idempotent. One row per job: its tick is claimed by one atomic upsert, so with several replicas the
-- job runs once per period, not once per replica.
create table if not exists scheduled_job_run (
    job          text        not null primary key,
    started_at   timestamptz not null,
    finished_at  timestamptz,
    replica      text        not null,
    outcome      text
);
