-- "Same person" links between person records, suggested by matching and decided by analysts;
-- notifications to users and units; the watchlist.

-- One row per pair, person_a < person_b. A decided state is never overwritten by a suggestion.
CREATE TABLE person_links (
    person_a        TEXT NOT NULL REFERENCES persons(id),
    person_b        TEXT NOT NULL REFERENCES persons(id),
    state           TEXT NOT NULL,
    weight          REAL NOT NULL,
    reasons         TEXT NOT NULL,
    suggested_at    INTEGER NOT NULL,
    decided_by      TEXT REFERENCES users(id),
    decided_at      INTEGER,
    PRIMARY KEY (person_a, person_b)
);
CREATE INDEX person_links_b ON person_links(person_b);

-- Addressed to one user or to every user of one unit. `once_key` keeps repeated hits (the
-- same agency searching the same subject on one day) to one notification.
CREATE TABLE notifications (
    id              TEXT PRIMARY KEY,
    recipient_user  TEXT REFERENCES users(id),
    recipient_unit  TEXT REFERENCES units(id),
    body            TEXT NOT NULL,
    once_key        TEXT UNIQUE,
    created_at      INTEGER NOT NULL
);
CREATE INDEX notifications_user ON notifications(recipient_user, created_at);
CREATE INDEX notifications_unit ON notifications(recipient_unit, created_at);

CREATE TABLE notification_reads (
    notification_id TEXT NOT NULL REFERENCES notifications(id),
    user_id         TEXT NOT NULL REFERENCES users(id),
    read_at         INTEGER NOT NULL,
    PRIMARY KEY (notification_id, user_id)
);

-- subject_kind 'person' | 'organisation' | 'identifier'; subject the id or 'mobile:+91…'.
CREATE TABLE watches (
    user_id         TEXT NOT NULL REFERENCES users(id),
    subject_kind    TEXT NOT NULL,
    subject         TEXT NOT NULL,
    subject_json    TEXT NOT NULL,
    label           TEXT NOT NULL,
    created_at      INTEGER NOT NULL,
    PRIMARY KEY (user_id, subject_kind, subject)
);
CREATE INDEX watches_subject ON watches(subject_kind, subject);
