-- Intelligence inputs: the input (a marked record), one row per recipient copy with its state
-- and deadlines, every transition of a copy, every escalation, and attached files.

CREATE TABLE inputs (
    id                  TEXT PRIMARY KEY,
    owner_agency        TEXT NOT NULL REFERENCES agencies(id),
    owner_unit          TEXT NOT NULL REFERENCES units(id),
    owner_user          TEXT NOT NULL REFERENCES users(id),
    classification      BIGINT NOT NULL,
    distribution        TEXT NOT NULL,
    distribution_group  TEXT REFERENCES sharing_groups(id),
    distribution_agencies TEXT NOT NULL,
    handling            TEXT NOT NULL,
    pointer             BIGINT NOT NULL,
    title               TEXT NOT NULL,
    body                TEXT NOT NULL,
    language            TEXT NOT NULL,
    kind                TEXT NOT NULL,
    precedence          BIGINT NOT NULL,
    required_action     TEXT NOT NULL,
    grading             TEXT NOT NULL,
    valid_until         BIGINT,
    linked              TEXT NOT NULL,
    attachments         TEXT NOT NULL,
    targets             TEXT NOT NULL,
    issued_at           BIGINT NOT NULL
);
CREATE INDEX inputs_owner ON inputs(owner_agency, issued_at);
CREATE INDEX inputs_issued ON inputs(issued_at);

-- A copy held by a unit, or by a user it was forwarded to (then `unit_id` is the user's unit).
CREATE TABLE input_recipients (
    id                  TEXT PRIMARY KEY,
    input_id            TEXT NOT NULL REFERENCES inputs(id),
    agency_id           TEXT NOT NULL REFERENCES agencies(id),
    unit_id             TEXT NOT NULL REFERENCES units(id),
    user_id             TEXT REFERENCES users(id),
    forwarded_from      TEXT REFERENCES input_recipients(id),
    state               TEXT NOT NULL,
    delivered_at        BIGINT NOT NULL,
    read_at             BIGINT,
    acknowledged_at     BIGINT,
    acted_at            BIGINT,
    flagged_at          BIGINT,
    ack_deadline        BIGINT NOT NULL,
    outcome             TEXT,
    outcome_text        TEXT,
    flag_reason         TEXT,
    last_by             TEXT REFERENCES users(id),
    escalation_level    BIGINT NOT NULL,
    next_escalation_at  BIGINT
);
CREATE INDEX input_recipients_input ON input_recipients(input_id);
CREATE INDEX input_recipients_unit ON input_recipients(unit_id, delivered_at);
CREATE INDEX input_recipients_user ON input_recipients(user_id);
CREATE INDEX input_recipients_due ON input_recipients(next_escalation_at);

CREATE TABLE input_transitions (
    seq                 BIGSERIAL PRIMARY KEY,
    recipient_id        TEXT NOT NULL REFERENCES input_recipients(id),
    input_id            TEXT NOT NULL REFERENCES inputs(id),
    at                  BIGINT NOT NULL,
    by_user             TEXT NOT NULL REFERENCES users(id),
    from_state          TEXT NOT NULL,
    to_state            TEXT NOT NULL,
    step                TEXT NOT NULL
);
CREATE INDEX input_transitions_input ON input_transitions(input_id, seq);

-- One row per escalation of a copy; the key makes each level fire once.
CREATE TABLE input_escalations (
    recipient_id        TEXT NOT NULL REFERENCES input_recipients(id),
    level               BIGINT NOT NULL,
    input_id            TEXT NOT NULL REFERENCES inputs(id),
    to_unit             TEXT NOT NULL REFERENCES units(id),
    at                  BIGINT NOT NULL,
    PRIMARY KEY (recipient_id, level)
);
CREATE INDEX input_escalations_unit ON input_escalations(to_unit);
CREATE INDEX input_escalations_input ON input_escalations(input_id);

-- Files stored content-addressed in the data directory, by the SHA-256 of their bytes.
CREATE TABLE attachments (
    digest              TEXT PRIMARY KEY,
    media_type          TEXT NOT NULL,
    size                BIGINT NOT NULL,
    name                TEXT NOT NULL,
    uploaded_by         TEXT NOT NULL REFERENCES users(id),
    uploaded_at         BIGINT NOT NULL
);

-- Which records refer to an attachment (an input, later a channel message).
CREATE TABLE attachment_uses (
    digest              TEXT NOT NULL REFERENCES attachments(digest),
    record_id           TEXT NOT NULL,
    PRIMARY KEY (digest, record_id)
);
CREATE INDEX attachment_uses_record ON attachment_uses(record_id);
