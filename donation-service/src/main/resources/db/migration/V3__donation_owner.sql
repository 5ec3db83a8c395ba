-- Who gave and who recorded each donation, from the verified access token (issue 3).
-- donation-summaries is rebuilt from the event store; events recorded before this migration carry
-- neither field, so their rows keep nulls (a gift without an account, recorded anonymously).
alter table donation_summary add column donor_account_id text;
alter table donation_summary add column recorded_by text;

-- "My donations": a donor's own donations, newest first.
create index donation_summary_by_donor
  on donation_summary (donor_account_id, received_at desc, donation_id)
  where donor_account_id is not null;
