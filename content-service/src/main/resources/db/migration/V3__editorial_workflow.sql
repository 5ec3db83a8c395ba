-- Issue 6: the editorial workflow. Articles move draft → in review → published → archived (a
-- review may send one back to draft); every move is kept with who, when and a note.
alter table article drop constraint article_status_check;
alter table article add constraint article_status_check
  check (status in ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'));
alter table article add column published_at timestamptz;
update article set published_at = created_at where status = 'PUBLISHED';

create table article_transition (
  id          bigserial     primary key,
  article_id  uuid          not null references article (id),
  from_status text          not null,
  to_status   text          not null,
  note        varchar(1000),
  changed_by  text          not null,
  changed_at  timestamptz   not null
);
create index article_transition_of_article on article_transition (article_id, id);
