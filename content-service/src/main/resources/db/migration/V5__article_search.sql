-- Issue 6: full-text search in Chinese and English (ADR 7). PostgreSQL's text search parser does not
-- segment Chinese, so articles are searched by substring over their plain text — title, summary
-- and body without markup — with a trigram index (pg_trgm) to keep it fast as the archive grows.
create extension if not exists pg_trgm;

alter table article add column search_text text;
update article
   set search_text = title || ' ' || coalesce(summary, '') || ' '
                     || regexp_replace(body, '<[^>]*>', ' ', 'g');
alter table article alter column search_text set not null;

create index article_search_trigram on article using gin (search_text gin_trgm_ops);
