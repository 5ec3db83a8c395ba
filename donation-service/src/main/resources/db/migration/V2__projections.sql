-- Read models. Each is owned by one processing group and is rebuilt by replaying the event store:
-- its @ResetHandler empties the table in the same transaction that resets the group's tokens.

-- public-totals: how many donations and how much money per currency (minor units, never floats).
create table public_total (
  currency       char(3) primary key,
  donation_count bigint  not null check (donation_count >= 0),
  minor_units    bigint  not null check (minor_units >= 0)
);

-- donation-summaries: one row per donation.
create table donation_summary (
  donation_id uuid         primary key,
  donor_name  varchar(100) not null,
  minor_units bigint       not null check (minor_units > 0),
  currency    char(3)      not null,
  project_id  uuid,
  received_at timestamptz  not null
);
