-- What else a donation records (issue 4): how the money came in, its reference, whether the donor
-- asked for anonymity, the ID/credit code for the receipt, a message, and when the money actually
-- moved. Rows of events recorded before this are online gifts whose money moved when recorded.
alter table donation_summary add column channel text not null default 'ONLINE_PAYMENT'
  check (channel in ('ONLINE_PAYMENT', 'BANK_TRANSFER', 'CASH', 'OTHER'));
alter table donation_summary add column payment_reference varchar(100);
alter table donation_summary add column anonymous boolean not null default false;
alter table donation_summary add column donor_id_number varchar(30);
alter table donation_summary add column message varchar(500);
alter table donation_summary add column effective_at timestamptz;
update donation_summary set effective_at = received_at where effective_at is null;
alter table donation_summary alter column effective_at set not null;
