-- complaint-service schema. outbox_event and processed_event come from service-support (V0_1).

-- The registry's view of each segment, kept from numguard.registry.segments.v1 (the whole state per event).
create table segment_registry (
    code                 text        primary key check (code ~ '^95[0-9]{3,4}$'),
    status               text        not null check (status in ('ALLOCATED','SUSPENDED','REVOKED','EXPIRED',
                                                                'QUARANTINED','RELEASED','UNKNOWN')),
    outbound_authorised  boolean     not null,
    expanded             boolean     not null,
    licensee_uscc        text,
    province             text,
    carriers             text        not null default '',
    occurred_at          timestamptz,
    updated_at           timestamptz not null
);

-- Every accepted complaint, mark and referred suspect number; counted = it survived the daily de-duplication.
create table complaint (
    id                      bigserial   primary key,
    number                  text        not null check (number ~ '^95[0-9]{3,6}$'),
    segment_code            text        not null check (segment_code ~ '^95[0-9]{3,4}$'),
    category                text        not null check (category in ('MARKETING','HARASSMENT','FRAUD','ROBOCALL','OTHER')),
    source                  text        not null check (source in ('CITIZEN','CARRIER','POLICE')),
    complainant_hash        text,       -- keyed hash of the complainant's identity; never a raw phone number
    complainant_phone_hash  text,       -- keyed hash of the phone number a citizen gave, if any
    reporter                text,       -- carrier id or police agency
    at                      timestamptz not null,
    called_at               timestamptz,
    counted                 boolean     not null,
    text                    text,
    claimed_identity        text,
    referral_id             text,
    created_at              timestamptz not null,
    check (source <> 'CITIZEN' or complainant_hash is not null),
    check (source <> 'POLICE' or referral_id is not null)
);
create index complaint_number_at on complaint (number, at) where counted and complainant_hash is not null;
create index complaint_segment_at on complaint (segment_code, at) where counted and complainant_hash is not null;
-- a referral counts each suspect number once, whatever the redelivery
create unique index complaint_referral_number on complaint (referral_id, number) where referral_id is not null;

-- One complainant, one number, one calendar day in China: only the first complaint counts.
create table complaint_dedupe (
    complainant_hash  text not null,
    number            text not null,
    day               date not null,
    primary key (complainant_hash, number, day)
);

-- Hourly buckets per subject; windows are sums of buckets.
create table complaint_bucket (
    subject_kind  text        not null check (subject_kind in ('NUMBER','SEGMENT')),
    subject_code  text        not null,
    hour          timestamptz not null,
    category      text        not null,
    source        text        not null,
    count         bigint      not null check (count >= 0),
    weighted      bigint      not null check (weighted >= 0),
    primary key (subject_kind, subject_code, hour, category, source)
);
create index complaint_bucket_segment_hour on complaint_bucket (hour) where subject_kind = 'SEGMENT';

-- Per subject and threshold rule: BELOW (armed) or ABOVE (signalled, waiting to re-arm).
create table threshold_state (
    subject_kind  text        not null check (subject_kind in ('NUMBER','SEGMENT')),
    subject_code  text        not null,
    rule_id       text        not null,
    state         text        not null check (state in ('BELOW','ABOVE')),
    changed_at    timestamptz not null,
    primary key (subject_kind, subject_code, rule_id)
);

-- The current reputation of every subject with complaints in the longest window; label = the label last published.
create table reputation (
    subject_kind  text        not null check (subject_kind in ('NUMBER','SEGMENT')),
    subject_code  text        not null,
    label         text        not null check (label in ('NONE','MARKETING','HARASSMENT','SUSPECTED_FRAUD','FRAUD')),
    score         int         not null check (score between 0 and 100),
    reasons       text        not null default '',
    updated_at    timestamptz not null,
    primary key (subject_kind, subject_code)
);

-- Carriers' call statistics per number per hour; a carrier may resend an hour (the later figures replace).
create table call_stats (
    number                 text             not null check (number ~ '^95[0-9]{3,6}$'),
    carrier_id             text             not null,
    hour                   timestamptz      not null,
    segment_code           text             not null,
    attempted              bigint           not null check (attempted >= 0),
    answered               bigint           not null check (answered >= 0 and answered <= attempted),
    mean_duration_seconds  double precision not null check (mean_duration_seconds >= 0),
    received_at            timestamptz      not null,
    primary key (number, carrier_id, hour)
);
create index call_stats_segment_hour on call_stats (segment_code, hour);

-- The day (in China) a subject was last signalled as a suspected robocaller: at most one signal per day.
create table robocall_signal (
    subject_kind  text not null check (subject_kind in ('NUMBER','SEGMENT')),
    subject_code  text not null,
    last_day      date not null,
    primary key (subject_kind, subject_code)
);
