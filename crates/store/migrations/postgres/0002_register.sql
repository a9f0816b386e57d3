-- The shared register: persons and organisations under markings, their versions, and the
-- search tables: canonical identifiers and name blocking keys of every current record.
-- Content is JSON text; the columns beside it are what SQL filters on.

CREATE TABLE persons (
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
    primary_name        TEXT NOT NULL,
    content             TEXT NOT NULL,
    -- '|wanted|most_wanted|': each status between bars, so LIKE '%|wanted|%' finds one.
    statuses            TEXT NOT NULL,
    -- '|meerut|ghaziabad|': the districts of the addresses, lower case, between bars.
    districts           TEXT NOT NULL,
    threat_level        BIGINT,
    gang_id             TEXT,
    version             BIGINT NOT NULL,
    created_at          BIGINT NOT NULL,
    updated_at          BIGINT NOT NULL
);
CREATE INDEX persons_owner ON persons(owner_agency);
CREATE INDEX persons_updated ON persons(updated_at);
CREATE INDEX persons_gang ON persons(gang_id);

CREATE TABLE person_versions (
    person_id       TEXT NOT NULL REFERENCES persons(id),
    version         BIGINT NOT NULL,
    content         TEXT NOT NULL,
    marking         TEXT NOT NULL,
    changed_by      TEXT NOT NULL REFERENCES users(id),
    changed_at      BIGINT NOT NULL,
    PRIMARY KEY (person_id, version)
);

CREATE TABLE organisations (
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
    kind                TEXT NOT NULL,
    primary_name        TEXT NOT NULL,
    content             TEXT NOT NULL,
    version             BIGINT NOT NULL,
    created_at          BIGINT NOT NULL,
    updated_at          BIGINT NOT NULL
);
CREATE INDEX organisations_owner ON organisations(owner_agency);
CREATE INDEX organisations_updated ON organisations(updated_at);

CREATE TABLE organisation_versions (
    organisation_id TEXT NOT NULL REFERENCES organisations(id),
    version         BIGINT NOT NULL,
    content         TEXT NOT NULL,
    marking         TEXT NOT NULL,
    changed_by      TEXT NOT NULL REFERENCES users(id),
    changed_at      BIGINT NOT NULL,
    PRIMARY KEY (organisation_id, version)
);

-- The canonical identifiers of each current record: equal (kind, canonical) correlate.
CREATE TABLE identifiers (
    record_id   TEXT NOT NULL,
    kind        TEXT NOT NULL,
    canonical   TEXT NOT NULL,
    PRIMARY KEY (record_id, kind, canonical)
);
CREATE INDEX identifiers_value ON identifiers(kind, canonical);

-- Blocking keys (`samanvay_match::candidate_keys`) of every name of each current record.
CREATE TABLE name_keys (
    record_id   TEXT NOT NULL,
    key         TEXT NOT NULL,
    PRIMARY KEY (record_id, key)
);
CREATE INDEX name_keys_key ON name_keys(key);
