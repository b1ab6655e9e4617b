-- issue 17 item 5: the registry's sub-number filings, kept from segment.sub-number-filed (numbers only, never the end
-- client), and whether a segment's filings are all known here: from its segment.expanded event on, every filing of
-- it arrives after it on the same partition. Only then is a number without a filing an unfiled sub-number.
create table sub_number_filing (
    number        varchar(8)  primary key check (number ~ '^95[0-9]{6}$'),
    segment_code  text        not null,
    filed_at      timestamptz not null,
    updated_at    timestamptz not null
);
create index sub_number_filing_segment on sub_number_filing (segment_code);
alter table segment_registry add column filings_tracked boolean not null default false;
