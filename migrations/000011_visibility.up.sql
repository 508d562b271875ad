-- Who took part in each certificate, for visibility (services/visibility): the
-- root's creditor, split and transfer recipients, financiers asked and funders.
-- Past holders stay: a certificate stays visible to whoever held it. The
-- obligor is not listed: receivables.obligor names it on every part.
-- A projection table, filled and reset by the receivable projection.
CREATE TABLE receivable_parties (
    certificate_id bigint      NOT NULL,
    party          eth_address NOT NULL,
    role           text        NOT NULL CHECK (role IN ('creditor', 'holder', 'financier', 'funder')),
    PRIMARY KEY (certificate_id, party, role)
);
-- The lists ask "which certificates did this party take part in".
CREATE INDEX receivable_parties_party ON receivable_parties (party, certificate_id);

-- Which invoices an ingested trace event names, from the event's side
-- (services/trace: who may read an event's body): by the tail of the number
-- after its last ':' or '/', the event's trace_event_biz.ref_tail.
CREATE INDEX invoices_ref_tail ON invoices ((regexp_replace(number, '^.*[:/]', '')));
