-- Axon Framework's JDBC event store and token store (JdbcEventStorageEngine, JdbcTokenStore).
-- Exactly what Axon 4.13's PostgresEventTableFactory and PostgresTokenTableFactory create for the
-- EventSchema/TokenSchema configured in AxonConfig (snake_case names): compared column by column
-- with `pg_dump -s` of a scratch database the factories were run into. Payload, metadata and tokens
-- are bytea holding JSON (readable with convert_from(payload, 'UTF8')); no large objects (oid).
-- time_stamp is ISO-8601 text because that is what the JDBC engine writes and reads.

create table domain_event_entry (
  global_index         bigserial    not null,
  aggregate_identifier varchar(255) not null,
  sequence_number      bigint       not null,
  type                 varchar(255),
  event_identifier     varchar(255) not null,
  meta_data            bytea,
  payload              bytea        not null,
  payload_revision     varchar(255),
  payload_type         varchar(255) not null,
  time_stamp           varchar(255) not null,
  primary key (global_index),
  unique (aggregate_identifier, sequence_number),
  unique (event_identifier)
);

create table snapshot_event_entry (
  aggregate_identifier varchar(255) not null,
  sequence_number      bigint       not null,
  type                 varchar(255) not null,
  event_identifier     varchar(255) not null,
  meta_data            bytea,
  payload              bytea        not null,
  payload_revision     varchar(255),
  payload_type         varchar(255) not null,
  time_stamp           varchar(255) not null,
  primary key (aggregate_identifier, sequence_number),
  unique (event_identifier)
);

create table token_entry (
  processor_name varchar(255) not null,
  segment        integer      not null,
  token          bytea,
  token_type     varchar(255),
  "timestamp"    varchar(255),
  owner          varchar(255),
  primary key (processor_name, segment)
);
