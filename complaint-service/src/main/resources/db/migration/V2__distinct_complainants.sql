-- Distinct complainants per window without re-reading complaints (see DistinctComplainants): per subject and
-- complainant the hour of the latest sighting; for segments (which can have many complainants) also per hour how
-- many complainants were last seen in it, so a segment's distinct complainants per window are a sum over at most
-- 720 rows, like its counts over complaint_bucket. A number's are counted from its few latest sightings.
create table complainant_latest (
    subject_kind      text        not null check (subject_kind in ('NUMBER','SEGMENT')),
    subject_code      text        not null,
    complainant_hash  text        not null,
    last_hour         timestamptz not null,
    primary key (subject_kind, subject_code, complainant_hash)
);
create index complainant_latest_hour on complainant_latest (last_hour);

create table complainant_hour (
    subject_kind  text        not null check (subject_kind in ('NUMBER','SEGMENT')),
    subject_code  text        not null,
    hour          timestamptz not null,
    complainants  bigint      not null check (complainants >= 0),
    primary key (subject_kind, subject_code, hour)
);

insert into complainant_latest (subject_kind, subject_code, complainant_hash, last_hour)
select 'NUMBER', number, complainant_hash, date_trunc('hour', max(at) at time zone 'UTC') at time zone 'UTC'
from complaint where counted and complainant_hash is not null group by number, complainant_hash;
insert into complainant_latest (subject_kind, subject_code, complainant_hash, last_hour)
select 'SEGMENT', segment_code, complainant_hash, date_trunc('hour', max(at) at time zone 'UTC') at time zone 'UTC'
from complaint where counted and complainant_hash is not null group by segment_code, complainant_hash;
insert into complainant_hour (subject_kind, subject_code, hour, complainants)
select subject_kind, subject_code, last_hour, count(*) from complainant_latest where subject_kind = 'SEGMENT'
group by 1, 2, 3;

-- they served only the re-reading of complaints this replaces, and cost every insert
drop index complaint_number_at;
drop index complaint_segment_at;
