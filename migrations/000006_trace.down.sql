DROP TABLE trace_anchors;
DROP TABLE trace_batches;
DROP TABLE trace_event_biz;
DROP TABLE trace_event_epcs;
DROP TABLE trace_events;
DROP SEQUENCE trace_event_ids;
