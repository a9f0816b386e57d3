-- Foundation: agencies, units, users, sessions, sharing groups, documents, the audit log.
-- Ids are UUID text, times are UTC microseconds since the Unix epoch, lists are JSON text.

CREATE TABLE agencies (
    id          TEXT PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL
);

CREATE TABLE units (
    id          TEXT PRIMARY KEY,
    agency_id   TEXT NOT NULL REFERENCES agencies(id),
    parent_id   TEXT REFERENCES units(id),
    kind        TEXT NOT NULL,
    name        TEXT NOT NULL,
    lat         DOUBLE PRECISION,
    lon         DOUBLE PRECISION
);
CREATE INDEX units_agency ON units(agency_id);
CREATE INDEX units_parent ON units(parent_id);

CREATE TABLE users (
    id              TEXT PRIMARY KEY,
    username        TEXT NOT NULL UNIQUE,
    display_name    TEXT NOT NULL,
    agency_id       TEXT NOT NULL REFERENCES agencies(id),
    unit_id         TEXT NOT NULL REFERENCES units(id),
    rank            TEXT NOT NULL,
    post            TEXT NOT NULL,
    roles           TEXT NOT NULL,
    clearance       BIGINT NOT NULL,
    status          TEXT NOT NULL,
    password_hash   TEXT NOT NULL,
    failed_logins   BIGINT NOT NULL DEFAULT 0,
    first_failed_at BIGINT,
    locked_at       BIGINT,
    created_at      BIGINT NOT NULL,
    updated_at      BIGINT NOT NULL
);
CREATE INDEX users_agency ON users(agency_id);

CREATE TABLE sessions (
    token_hash      TEXT PRIMARY KEY,
    user_id         TEXT NOT NULL REFERENCES users(id),
    created_at      BIGINT NOT NULL,
    last_seen_at    BIGINT NOT NULL,
    expires_at      BIGINT NOT NULL,
    source          TEXT
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE sharing_groups (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    purpose     TEXT NOT NULL,
    created_by  TEXT NOT NULL REFERENCES agencies(id),
    created_at  BIGINT NOT NULL
);

CREATE TABLE sharing_members (
    group_id    TEXT NOT NULL REFERENCES sharing_groups(id),
    agency_id   TEXT NOT NULL REFERENCES agencies(id),
    state       TEXT NOT NULL,
    PRIMARY KEY (group_id, agency_id)
);
CREATE INDEX sharing_members_agency ON sharing_members(agency_id, state);

-- The agencies listed in a marking whose distribution is `agencies`, for any record kind.
CREATE TABLE marking_agencies (
    record_id   TEXT NOT NULL,
    agency_id   TEXT NOT NULL REFERENCES agencies(id),
    PRIMARY KEY (record_id, agency_id)
);

CREATE TABLE documents (
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
    title_folded        TEXT NOT NULL,
    body                TEXT NOT NULL,
    tags                TEXT NOT NULL,
    language            TEXT NOT NULL,
    version             BIGINT NOT NULL,
    created_at          BIGINT NOT NULL,
    updated_at          BIGINT NOT NULL
);
CREATE INDEX documents_owner ON documents(owner_agency);
CREATE INDEX documents_updated ON documents(updated_at);

CREATE TABLE document_versions (
    document_id     TEXT NOT NULL REFERENCES documents(id),
    version         BIGINT NOT NULL,
    title           TEXT NOT NULL,
    body            TEXT NOT NULL,
    tags            TEXT NOT NULL,
    language        TEXT NOT NULL,
    marking         TEXT NOT NULL,
    changed_by      TEXT NOT NULL REFERENCES users(id),
    changed_at      BIGINT NOT NULL,
    PRIMARY KEY (document_id, version)
);

-- Append-only and hash-chained; `audit_head` holds the last link so writers serialize on it.
CREATE TABLE audit_log (
    seq             BIGINT PRIMARY KEY,
    at              BIGINT NOT NULL,
    actor           TEXT,
    actor_agency    TEXT,
    actor_name      TEXT,
    action          TEXT NOT NULL,
    record_kind     TEXT,
    record_id       TEXT,
    record_owner    TEXT,
    source          TEXT,
    detail          TEXT NOT NULL,
    prev_hash       TEXT NOT NULL,
    hash            TEXT NOT NULL
);
CREATE INDEX audit_record ON audit_log(record_id);
CREATE INDEX audit_actor ON audit_log(actor);
CREATE INDEX audit_owner ON audit_log(record_owner, seq);
CREATE INDEX audit_actor_agency ON audit_log(actor_agency, seq);

CREATE TABLE audit_head (
    id      BIGINT PRIMARY KEY CHECK (id = 1),
    seq     BIGINT NOT NULL,
    hash    TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
