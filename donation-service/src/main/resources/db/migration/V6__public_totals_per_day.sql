-- public-totals per day (issue 4): confirmed donations by the day their money moved (effective
-- date, in the federation's time zone), per currency. Rebuilt with public_total on reset.
create table public_total_day (
  day            date    not null,
  currency       char(3) not null,
  donation_count bigint  not null check (donation_count >= 0),
  minor_units    bigint  not null check (minor_units >= 0),
  primary key (day, currency)
);
