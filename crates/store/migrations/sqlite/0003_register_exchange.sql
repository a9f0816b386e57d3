-- Import and export of the register: the external reference each agency gives a record it
-- imports, so importing the same file again finds the record it made; and the indexes the
-- register search filters on.

CREATE TABLE external_refs (
    owner_agency    TEXT NOT NULL REFERENCES agencies(id),
    -- 'person' or 'organisation'.
    record_kind     TEXT NOT NULL,
    external_ref    TEXT NOT NULL,
    record_id       TEXT NOT NULL,
    PRIMARY KEY (owner_agency, record_kind, external_ref)
);
CREATE INDEX external_refs_record ON external_refs(record_id);

CREATE INDEX organisations_kind ON organisations(kind);
CREATE INDEX persons_threat ON persons(threat_level);
