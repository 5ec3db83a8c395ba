-- Issue 4: allocation, disbursement, refunds, release from restriction and receipts. Every table
-- here is a read model rebuilt from the event store by its processing group (see docs/events.md).

-- donation-summaries: each donation's own balance, current restriction and receipt. The
-- available part is what allocations may draw and refunds may take; 0 until confirmed.
alter table donation_summary
  add column restricted_to uuid,
  add column drawn_minor_units bigint not null default 0 check (drawn_minor_units >= 0),
  add column refunded_minor_units bigint not null default 0 check (refunded_minor_units >= 0),
  add column receipt_number varchar(20),
  add column receipt_issued_on date,
  add column receipt_issuer varchar(200);
update donation_summary set restricted_to = project_id;
alter table donation_summary
  add column available_minor_units bigint generated always as (
    case when status = 'CONFIRMED'
         then minor_units - drawn_minor_units - refunded_minor_units else 0 end) stored,
  add constraint donation_summary_available_not_negative check (available_minor_units >= 0);

-- The unallocated pool in allocation policy order (restricted to the project first, then
-- unrestricted; each oldest money first).
create index donation_summary_pool
  on donation_summary (currency, restricted_to, effective_at, donation_id)
  where available_minor_units > 0;

-- public-totals: money given back. Net = confirmed − refunded; the count of gifts is unchanged.
alter table public_total
  add column refunded_minor_units bigint not null default 0 check (refunded_minor_units >= 0);
alter table public_total_day
  add column refunded_minor_units bigint not null default 0 check (refunded_minor_units >= 0);

-- project-funding: what the ledger knows of each project, its money per currency and the draws
-- that funded it.
create table project_fund (
  project_id uuid         primary key,
  status     text         not null,
  code       varchar(64),
  title      varchar(300),
  changed_at timestamptz  not null
);

create table project_fund_money (
  project_id                     uuid    not null,
  currency                       char(3) not null,
  restricted_received_minor_units bigint not null default 0 check (restricted_received_minor_units >= 0),
  restricted_refunded_minor_units bigint not null default 0 check (restricted_refunded_minor_units >= 0),
  restricted_released_minor_units bigint not null default 0 check (restricted_released_minor_units >= 0),
  allocated_minor_units           bigint not null default 0 check (allocated_minor_units >= 0),
  reversed_minor_units            bigint not null default 0 check (reversed_minor_units >= 0),
  disbursed_minor_units           bigint not null default 0 check (disbursed_minor_units >= 0),
  primary key (project_id, currency),
  check (disbursed_minor_units <= allocated_minor_units - reversed_minor_units)
);

create table project_fund_draw (
  allocation_id uuid        not null,
  position      int         not null,
  donation_id   uuid        not null,
  project_id    uuid        not null,
  minor_units   bigint      not null check (minor_units > 0),
  currency      char(3)     not null,
  allocated_at  timestamptz not null,
  reversed_at   timestamptz,
  primary key (allocation_id, position)
);
create index project_fund_draw_of_project on project_fund_draw (project_id, allocated_at, allocation_id, position);

-- ledger-journal: one entry per money event (the finance journal, by recording or effective
-- time) and one trail entry per donation it moved (a donor's "where did my money go").
create table journal_entry (
  event_id     varchar(64) primary key,
  recorded_at  timestamptz not null,
  effective_at timestamptz not null,
  kind         text        not null,
  donation_id  uuid,
  project_id   uuid,
  reference_id uuid,
  minor_units  bigint      not null check (minor_units >= 0),
  currency     char(3)     not null,
  actor        text,
  detail       varchar(500)
);
create index journal_entry_recorded on journal_entry (recorded_at, event_id);
create index journal_entry_effective on journal_entry (effective_at, event_id);

create table donation_trail (
  event_id     varchar(64) not null,
  position     int         not null,
  donation_id  uuid        not null,
  recorded_at  timestamptz not null,
  kind         text        not null,
  project_id   uuid,
  reference_id uuid,
  minor_units  bigint      not null check (minor_units > 0),
  currency     char(3)     not null,
  partner      varchar(200),
  voucher_reference varchar(100),
  primary key (event_id, position)
);
create index donation_trail_of_donation on donation_trail (donation_id, recorded_at);

-- receipts (not a read model: the register of issued numbers, written by the never-replayed
-- receipts processor in the same transaction as its token; see ADR 6).
create table receipt_counter (
  year        int    primary key,
  last_number bigint not null check (last_number > 0)
);
create table receipt_register (
  donation_id    uuid        primary key,
  year           int         not null,
  number         bigint      not null,
  receipt_number varchar(20) not null unique,
  issued_on      date        not null,
  unique (year, number)
);
