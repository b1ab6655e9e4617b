-- A number's windows are computed from its own counted complaints (a number has few; the index below finds them),
-- so numbers no longer keep hourly buckets or latest sightings: those were three row writes per mark about a fresh
-- number (bucket, latest sighting, and their reads back) and made batch intake several times slower than storing
-- the marks. Segments, which can have hundreds of thousands of complaints a month, keep theirs.
create index complaint_number_at on complaint (number, at) where counted;
delete from complaint_bucket where subject_kind = 'NUMBER';
delete from complainant_latest where subject_kind = 'NUMBER';
delete from complainant_hour where subject_kind = 'NUMBER';
-- a number keeps a reputation row only while it has a label (see Reassessment.keepsReputation)
delete from reputation where subject_kind = 'NUMBER' and label = 'NONE';
