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

-- Every fact a draft was written for, kept even if the draft is deleted: one draft per fact, ever
-- (article.fact_key alone would free the fact when its draft goes).
create table reported_fact (
  fact_key    text        primary key,
  article_id  uuid        not null,
  reported_at timestamptz not null
);
insert into reported_fact (fact_key, article_id, reported_at)
select fact_key, id, created_at from article where fact_key is not null;
