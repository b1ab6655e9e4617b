-- number-registry-service: licensees, segments and their history, sub-number filings, sanctions kept from
-- enforcement, and the audit of police number lookups. The outbox and inbox tables come from service-support (V0_1).

create table licensee (
    uscc                      char(18)    primary key,
    name                      text        not null check (length(btrim(name)) > 0),
    province                  varchar(2)  not null check (province ~ '^[A-Z]{2}$' and province <> 'CN'),
    -- HMAC-SHA256 (hex) of the legal representative's normalised ID number; the number itself is never stored
    legal_representative_hash char(64)    not null check (legal_representative_hash ~ '^[0-9a-f]{64}$'),
    legal_representative_name text,
    licence_number            text        not null,
    licence_valid_from        date        not null,
    licence_valid_until       date        not null,
    controlling_shareholders  text[]      not null default '{}',
    status                    varchar(32) not null check (status in ('ACTIVE', 'SUSPECTED_RESALE')),
    registered_at             timestamptz not null,
    registered_by             text        not null,
    check (licence_valid_until >= licence_valid_from)
);
create index licensee_legal_representative on licensee (legal_representative_hash);

create table licensee_control_change (
    id                                 bigserial   primary key,
    uscc                               char(18)    not null references licensee (uscc),
    kind                               varchar(32) not null check (kind in ('LEGAL_REPRESENTATIVE', 'CONTROLLING_SHAREHOLDER')),
    at                                 timestamptz not null,
    recorded_by                        text        not null,
    previous_legal_representative_hash char(64),
    new_legal_representative_hash      char(64),
    previous_shareholders              text[]      not null default '{}',
    new_shareholders                   text[]      not null default '{}',
    suspected_resale                   boolean     not null,
    last_allocation_at                 timestamptz
);
create index licensee_control_change_uscc on licensee_control_change (uscc, id);

-- one row per allocation; a code allocated again after release gets a new row, the old one stays RELEASED
create table segment (
    id                   bigserial   primary key,
    code                 varchar(6)  not null check (code ~ '^95[0-9]{3,4}$'),
    licensee_uscc        char(18)    not null references licensee (uscc),
    province             varchar(2)  not null,
    carriers             text[]      not null check (cardinality(carriers) > 0 and carriers <@ array['CT', 'CM', 'CU']),
    outbound_authorised  boolean     not null default false,
    expanded             boolean     not null default false,
    allocated_at         timestamptz not null,
    allocated_by         text        not null,
    valid_from           date        not null,
    valid_until          date        not null,
    status               varchar(16) not null
        check (status in ('ALLOCATED', 'SUSPENDED', 'REVOKED', 'EXPIRED', 'QUARANTINED', 'RELEASED')),
    quarantine_cause     varchar(16) check (quarantine_cause in ('REVOKED', 'EXPIRED')),
    quarantine_since     timestamptz,
    quarantine_until     timestamptz,
    check (valid_until >= valid_from),
    check ((status = 'QUARANTINED') <= (quarantine_cause is not null and quarantine_until is not null))
);
-- at most one live (not RELEASED) allocation per code; prefix overlap is checked under an advisory lock
create unique index segment_live_code on segment (code) where status <> 'RELEASED';
create index segment_licensee on segment (licensee_uscc);
create index segment_due on segment (status, valid_until);

create table segment_history (
    id          bigserial   primary key,
    segment_id  bigint      not null references segment (id),
    from_status varchar(16),
    to_status   varchar(16) not null,
    action      varchar(16) not null,
    at          timestamptz not null,
    actor       text        not null,
    order_id    text,
    reason      text
);
create index segment_history_segment on segment_history (segment_id, id);
create index segment_history_order on segment_history (order_id) where order_id is not null;

-- real-name filing: one per 8-digit number, re-filing replaces it (the replaced one is kept in the audit below)
create table sub_number_filing (
    number           varchar(8)  primary key check (number ~ '^95[0-9]{6}$'),
    segment_id       bigint      not null references segment (id),
    segment_code     varchar(6)  not null,
    licensee_uscc    char(18)    not null references licensee (uscc),
    end_client_name  text        not null,
    end_client_uscc  char(18),
    purpose          text        not null,
    filed_at         timestamptz not null,
    filed_by         text        not null,
    check (number like segment_code || '%')
);

create table sub_number_filing_audit (
    id               bigserial   primary key,
    number           varchar(8)  not null,
    segment_code     varchar(6)  not null,
    licensee_uscc    char(18)    not null,
    end_client_name  text        not null,
    end_client_uscc  char(18),
    purpose          text        not null,
    filed_at         timestamptz not null,
    filed_by         text        not null
);
create index sub_number_filing_audit_number on sub_number_filing_audit (number, id);

-- joint punishment, kept from numguard.enforcement.sanctions.v1
create table sanction (
    sanction_id               text        primary key,
    uscc                      char(18)    not null,
    legal_representative_hash char(64),
    reason                    text,
    case_id                   text,
    imposed_by                text,
    imposed_at                timestamptz not null,
    lifted_at                 timestamptz,
    lifted_by                 text
);
create index sanction_uscc on sanction (uscc);
create index sanction_legal_representative on sanction (legal_representative_hash);

-- every number lookup by the police: who, when, which number, under which case
create table police_lookup_audit (
    id          bigserial   primary key,
    at          timestamptz not null,
    user_id     text        not null,
    agency      text,
    number      varchar(8)  not null,
    raw_number  text        not null,
    case_ref    text        not null check (length(btrim(case_ref)) > 0),
    held        boolean     not null
);
create index police_lookup_audit_number on police_lookup_audit (number, at);
