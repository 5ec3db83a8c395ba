-- Issue 6: images uploaded for articles, stored in PostgreSQL (ADR 8). The bytes are immutable: a
-- changed picture is a new upload with a new id, so the content hash is a strong ETag for ever.
create table image (
  id          uuid        primary key,
  media_type  text        not null check (media_type in ('image/jpeg', 'image/png', 'image/webp')),
  width       int         not null check (width > 0),
  height      int         not null check (height > 0),
  size_bytes  int         not null check (size_bytes > 0),
  sha256      text        not null,
  bytes       bytea       not null,
  alt_text    varchar(300),
  uploaded_by text        not null,
  uploaded_at timestamptz not null
);
create index image_uploaded on image (uploaded_at desc, id desc);

alter table article add column cover_image_id uuid;
alter table article add column gallery_image_ids uuid[] not null default '{}';
-- The public may see an image while a published article shows it (current revision).
create index article_by_cover on article (cover_image_id) where status = 'PUBLISHED';
create index article_by_gallery_image on article using gin (gallery_image_ids)
  where status = 'PUBLISHED';

-- Every image any revision of an article uses. An image that is linked cannot be deleted (the
-- foreign key refuses it); deleting an article removes its links and, in the same transaction,
-- the images nothing else uses.
create table article_image (
  article_id uuid not null references article (id) on delete cascade,
  image_id   uuid not null references image (id),
  primary key (article_id, image_id)
);
create index article_image_by_image on article_image (image_id);

-- Articles deleted before they were ever published (published ones are archived, never deleted):
-- who deleted what, when, and which images went with it.
create table article_deletion (
  article_id     uuid        primary key,
  slug           text        not null,
  title          text        not null,
  deleted_images uuid[]      not null,
  deleted_by     text        not null,
  deleted_at     timestamptz not null
);
