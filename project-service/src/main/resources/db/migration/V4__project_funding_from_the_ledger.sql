-- Issue 4: the ledger announces allocations, reversals, disbursements, refunds and releases, so a
-- project shows allocated and disbursed money besides what it raised (now net of refunds and
-- releases). Checks hold on the final sums: FundingStore makes the row, then updates it.
alter table project_funding
  add column allocated_minor_units bigint not null default 0 check (allocated_minor_units >= 0),
  add column disbursed_minor_units bigint not null default 0 check (disbursed_minor_units >= 0),
  add constraint project_funding_disbursed_within_allocated
    check (disbursed_minor_units <= allocated_minor_units);
