-- issue 17 item 15: an ordered change's actor is the enforcement service; who the order says proposed and approved
-- it is kept as the order's claim, next to it (null for changes not ordered).
alter table segment_history add column claimed_proposed_by text;
alter table segment_history add column claimed_approved_by text;
