-- Issue 6: fundraising milestone drafts (50% and 100% of a project's target). content-service
-- keeps what it needs from the events: each project's target (ProjectCreated) and the money
-- raised for it per currency (the ledger's restricted gifts confirmed, less refunds and releases).
-- Either may arrive first; a milestone is drafted once both show it reached, once per fact.
create table project_target (
  project_id      uuid   primary key,
  title           text   not null,
  target_minor    bigint not null check (target_minor > 0),
  target_currency text   not null
);

create table project_raised (
  project_id   uuid   not null,
  currency     text   not null,
  raised_minor bigint not null,
  primary key (project_id, currency)
);
