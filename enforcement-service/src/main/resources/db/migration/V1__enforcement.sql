-- enforcement-service schema. The outbox and inbox tables come from service-support (V0_1).

-- Local directory, learned from the registry's licensee.* and segment.* events (never read from its database).
create table known_licensee (
    uscc                      text primary key,
    name                      text,
    province                  text        not null,
    legal_representative_hash text,
    updated_at                timestamptz not null
);

create table known_segment (
    code          text primary key check (code ~ '^95[0-9]{3,4}$'),
    licensee_uscc text,
    province      text,
    status        text        not null,
    carriers      text        not null default '',   -- comma separated carrier ids (CT,CM,CU)
    updated_at    timestamptz not null
);
create index known_segment_licensee on known_segment (licensee_uscc);

-- Cases. The lists of a case (triggers, escalations, order ids) are JSON documents of the domain's records.
create table enforcement_case (
    id                     text primary key,
    subject_kind           text        not null check (subject_kind in ('SEGMENT', 'LICENSEE')),
    subject_id             text        not null,
    licensee_uscc          text,
    province               text        not null,
    segment_codes          text        not null default '',
    state                  text        not null check (state in ('OPEN', 'INVESTIGATING', 'RECTIFICATION_ORDERED',
        'RESOLVED', 'SUSPENSION_PROPOSED', 'REVOCATION_PROPOSED', 'REINSTATEMENT_PROPOSED', 'SUSPENSION_APPROVED',
        'REVOCATION_APPROVED', 'REINSTATEMENT_APPROVED', 'REJECTED', 'CLOSED')),
    opened_at              timestamptz not null,
    opened_by              text        not null,
    triggers               text        not null,
    pending_proposal       text,
    rectification_deadline timestamptz,
    order_ids              text        not null default '[]',
    escalations            text        not null default '[]',
    updated_at             timestamptz not null,
    check ((state = 'RECTIFICATION_ORDERED') = (rectification_deadline is not null)),
    check ((state in ('SUSPENSION_PROPOSED', 'REVOCATION_PROPOSED', 'REINSTATEMENT_PROPOSED'))
        = (pending_proposal is not null))
);
-- one open case per segment or licensee: two signals handled at once cannot both open one
create unique index enforcement_case_one_open_per_subject on enforcement_case (subject_kind, subject_id)
    where state <> 'CLOSED';
create index enforcement_case_province_state on enforcement_case (province, state);

-- Orders issued on approval (four-eyes: proposer and approver differ, the database checks it too).
create table enforcement_order (
    order_id     text primary key,
    case_id      text        not null references enforcement_case (id),
    segment_code text        not null,
    action       text        not null check (action in ('SUSPEND', 'REVOKE', 'REINSTATE')),
    reason       text        not null,
    fraud        boolean     not null,
    proposed_by  text        not null,
    approved_by  text        not null,
    decided_at   timestamptz not null,
    check (proposed_by <> approved_by)
);
create index enforcement_order_case on enforcement_order (case_id);

-- What carriers owe once the registry suspended or revoked a segment on an order.
create table acknowledgement_obligation (
    order_id     text primary key,
    case_id      text,
    segment_code text        not null,
    order_action text        not null check (order_action in ('SUSPEND', 'REVOKE')),
    due_by       timestamptz not null,
    created_at   timestamptz not null
);

create table carrier_acknowledgement (
    order_id        text not null references acknowledgement_obligation (order_id),
    carrier_id      text not null,
    acknowledged_at timestamptz,
    acknowledged_by text,
    escalated_at    timestamptz,
    primary key (order_id, carrier_id),
    check ((acknowledged_at is null) = (acknowledged_by is null))
);
create index carrier_acknowledgement_missing on carrier_acknowledgement (order_id)
    where acknowledged_at is null and escalated_at is null;

-- Police referrals; read only by the referring agency.
create table referral (
    referral_id        text primary key,
    agency             text          not null,
    submitted_by       text          not null,
    police_case_number text          not null,
    loss_yuan          numeric(18,2) not null check (loss_yuan >= 0),
    suspect_numbers    text          not null,  -- JSON array of digits
    summary            text,
    received_at        timestamptz   not null,
    links              text          not null,  -- JSON array of {segmentCode, caseId, numbers}
    unmatched_numbers  text          not null   -- JSON array of digits
);
create index referral_agency on referral (agency);

-- Joint punishment.
create table sanction (
    sanction_id               text primary key,
    uscc                      text        not null,
    legal_representative_hash text,
    reason                    text        not null,
    case_id                   text,
    imposed_by                text        not null,
    imposed_at                timestamptz not null,
    lift_reason               text,
    lifted_by                 text,
    lifted_at                 timestamptz,
    check ((lifted_at is null) = (lifted_by is null) and (lifted_at is null) = (lift_reason is null))
);
create index sanction_uscc on sanction (uscc);

-- The tamper-evident decision log: each row carries the SHA-256 of the row before it (see DecisionLog).
create table decision_log (
    sequence      bigint primary key check (sequence > 0),
    previous_hash text        not null,
    decided_at    timestamptz not null,
    actor         text        not null,
    kind          text        not null,
    subject       text        not null,
    details       text        not null,   -- JSON object, keys sorted
    hash          text        not null unique
);
create index decision_log_subject on decision_log (subject);
