-- complainant_latest.last_hour is read only by the hourly purge (forgetComplainantsBefore: last seen before the
-- longest window). As a B-tree it cost an index entry with every new complainant of a segment, the most frequent
-- write of a carrier batch. A BRIN index is a few pages: rows are mostly written in time order, so the purge still
-- skips the recent part of the table, and a range that got mixed by updates is only scanned, never missed.
drop index complainant_latest_hour;
create index complainant_latest_hour on complainant_latest using brin (last_hour);
