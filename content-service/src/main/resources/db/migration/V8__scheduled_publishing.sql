-- Issue 6: scheduled publishing. An article in review can be scheduled for a time; the scheduler
-- publishes it then (published_at = the scheduled time). Until then it is not public.
alter table article drop constraint article_status_check;
alter table article add constraint article_status_check
  check (status in ('DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED'));
alter table article add column publish_at timestamptz;
alter table article add constraint article_scheduled_has_time
  check ((status = 'SCHEDULED') = (publish_at is not null));
create index article_due on article (publish_at) where status = 'SCHEDULED';
