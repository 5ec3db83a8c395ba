-- Issue 6: an article's full shape, and its revisions.
--  * categories: news, notices, project updates, policy;
--  * a stable slug (unique, never changed once given) for public URLs;
--  * tags, and links to any number of projects (arrays with GIN indexes for the public lists);
--  * every save (the first and each edit) is a numbered revision kept in article_revision with
--    who and when; the article row holds the current one.
alter table article drop constraint article_category_check;
alter table article add constraint article_category_check
  check (category in ('NEWS', 'NOTICE', 'PROJECT_UPDATE', 'POLICY'));

alter table article add column slug text;
update article
   set slug = to_char(created_at at time zone 'UTC', 'YYYY-MM-DD') || '-'
              || left(replace(id::text, '-', ''), 8);
alter table article alter column slug set not null;
alter table article add constraint article_slug_unique unique (slug);

alter table article add column tags text[] not null default '{}';
create index article_by_tag on article using gin (tags);

alter table article add column project_ids uuid[] not null default '{}';
update article set project_ids = array[project_id] where project_id is not null;
drop index article_by_project;
alter table article drop column project_id;
create index article_by_project on article using gin (project_ids);

-- The author as readers see it (a byline such as 本会宣传部 王芳); author_id stays the account.
alter table article add column byline varchar(100);

alter table article add column revision int not null default 1;

create table article_revision (
  article_id uuid        not null references article (id) on delete cascade,
  revision   int         not null,
  -- title, summary, body, language, category, tags, projectIds, coverImageId, galleryImageIds,
  -- byline
  content    jsonb       not null,
  -- the editor's account id; null for drafts content-service wrote from events
  edited_by  text,
  edited_at  timestamptz not null,
  primary key (article_id, revision)
);
insert into article_revision (article_id, revision, content, edited_by, edited_at)
select id, 1,
       jsonb_build_object('title', title, 'summary', summary, 'body', body,
                          'language', language, 'category', category,
                          'tags', '[]'::jsonb, 'projectIds', to_jsonb(project_ids),
                          'coverImageId', null, 'galleryImageIds', '[]'::jsonb,
                          'byline', null),
       author_id, created_at
  from article;

-- The public reads newest published first.
create index article_newest_published on article (published_at desc, id desc)
  where status = 'PUBLISHED';
