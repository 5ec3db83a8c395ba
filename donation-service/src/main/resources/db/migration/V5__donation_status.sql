-- Pending → confirmed | voided (issue 4). Only confirmed money counts. Events recorded before this
-- migration had no status; the donation-summaries projection is rebuilt from the event store, and
-- rows kept from before are treated as pending without a deadline until then.
alter table donation_summary add column status text not null default 'PENDING'
  check (status in ('PENDING', 'CONFIRMED', 'VOIDED'));
alter table donation_summary add column confirm_by timestamptz;
alter table donation_summary add column void_reason varchar(500);

-- The finance view of pending donations and the deadline sweep: oldest deadline first.
create index donation_summary_pending
  on donation_summary (confirm_by, donation_id)
  where status = 'PENDING';
