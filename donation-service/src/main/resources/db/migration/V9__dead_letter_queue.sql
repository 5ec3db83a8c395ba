-- Issue 14: the dead-letter queue of the projection processors (ADR 10). Axon 4.13's
-- JdbcSequencedDeadLetterQueue, for the DeadLetterSchema configured in DeadLetterConfig
-- (snake_case names). Derived from Axon's GenericDeadLetterTableFactory (there is no
-- PostgreSQL-specific one): the same columns, types and keys, with bytea where the factory says
-- BLOB (payload, metadata, token and diagnostics are JSON bytes, readable with
-- convert_from(payload, 'UTF8'); no large objects) and timestamps as ISO-8601 text, as the JDBC
-- queue writes, compares and reads them. Constraint and index names are the table's own instead
-- of the factory's generic ones (PK, sequenceIndex_INDEX), which would collide in one schema.
-- Depends on V1 to V7 only.

create table dead_letter_entry (
  dead_letter_identifier varchar(255)  not null,
  processing_group       varchar(255)  not null,
  sequence_identifier    varchar(255)  not null,
  sequence_index         bigint        not null,
  message_type           varchar(255)  not null,
  event_identifier       varchar(255)  not null,
  time_stamp             varchar(255)  not null,
  payload_type           varchar(255)  not null,
  payload_revision       varchar(255),
  payload                bytea         not null,
  meta_data              bytea,
  type                   varchar(255),
  aggregate_identifier   varchar(255),
  sequence_number        bigint,
  token_type             varchar(255),
  token                  bytea,
  enqueued_at            varchar(255)  not null,
  last_touched           varchar(255),
  processing_started     varchar(255),
  cause_type             varchar(255),
  cause_message          varchar(1023),
  diagnostics            bytea,
  constraint dead_letter_entry_pkey primary key (dead_letter_identifier),
  constraint dead_letter_entry_sequence_index_key
    unique (processing_group, sequence_identifier, sequence_index)
);

create index dead_letter_entry_processing_group_idx on dead_letter_entry (processing_group);
create index dead_letter_entry_sequence_identifier_idx
  on dead_letter_entry (processing_group, sequence_identifier);
