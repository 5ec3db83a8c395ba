-- ADR 9: a project fund's event stream is 'project-fund:' || project id, no longer the bare
-- project id, which a donor could also choose as a donation id (both are UUIDs in one store keyed
-- by aggregate_identifier). Donations keep their bare UUIDs; a UUID never contains ':'.
--
-- Rewrites the stored history of every existing fund: its events and (should any exist) its
-- snapshots, found by `type`, where Axon writes the aggregate type's simple name. Nothing else is
-- keyed by the stream id: payloads keep the bare project id (projections, receipts and the Kafka
-- keys on donation.project-fund-events read it there), processor tokens are positions in
-- global_index, and no sagas exist. global_index, sequence numbers and event ids are unchanged, so
-- no processor sees an event twice. Runs once, before Axon starts.
update domain_event_entry
   set aggregate_identifier = 'project-fund:' || aggregate_identifier
 where type = 'ProjectFund'
   and aggregate_identifier not like 'project-fund:%';

update snapshot_event_entry
   set aggregate_identifier = 'project-fund:' || aggregate_identifier
 where type = 'ProjectFund'
   and aggregate_identifier not like 'project-fund:%';
