-- Which complaints count (one complainant, one number, one day in China) is now decided from the number's counted
-- complaints, read under the number's lock anyway for its windows (ComplaintRecorder.firstOfTheDay): the key table
-- was the most expensive insert of a carrier batch, and it was never purged (a row per counted complaint, forever).
drop table complaint_dedupe;
