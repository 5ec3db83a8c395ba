-- Who wrote each article: the editor's account id from the verified token (issue 3). Null for the
-- drafts content-service writes itself from integration events (and for articles stored before
-- accounts were enforced).
alter table article add column author_id text;
