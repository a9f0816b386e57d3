-- Coordination channels: the channel (a marked record whose marking caps its messages), its
-- membership by user or unit, messages (each marked) numbered per channel, every revision of a
-- message, the entities messages mention, and how far each member has read.

CREATE TABLE channels (
    id                  TEXT PRIMARY KEY,
    owner_agency        TEXT NOT NULL REFERENCES agencies(id),
    owner_unit          TEXT NOT NULL REFERENCES units(id),
    owner_user          TEXT NOT NULL REFERENCES users(id),
    classification      INTEGER NOT NULL,
    distribution        TEXT NOT NULL,
    distribution_group  TEXT REFERENCES sharing_groups(id),
    distribution_agencies TEXT NOT NULL,
    handling            TEXT NOT NULL,
    pointer             INTEGER NOT NULL,
    name                TEXT NOT NULL,
    description         TEXT NOT NULL,
    retention_days      INTEGER,
    last_seq            INTEGER NOT NULL,
    created_at          INTEGER NOT NULL
);

-- One row per listed user or unit; `subject_kind` is 'user' or 'unit'.
CREATE TABLE channel_members (
    channel_id          TEXT NOT NULL REFERENCES channels(id),
    subject_kind        TEXT NOT NULL,
    subject_id          TEXT NOT NULL,
    role                TEXT NOT NULL,
    added_by            TEXT NOT NULL REFERENCES users(id),
    added_at            INTEGER NOT NULL,
    PRIMARY KEY (channel_id, subject_kind, subject_id)
);
CREATE INDEX channel_members_subject ON channel_members(subject_id);

-- The history page reads the last 50 before a seq: the primary key is that index.
CREATE TABLE channel_messages (
    channel_id          TEXT NOT NULL REFERENCES channels(id),
    seq                 INTEGER NOT NULL,
    id                  TEXT NOT NULL UNIQUE,
    owner_agency        TEXT NOT NULL REFERENCES agencies(id),
    owner_unit          TEXT NOT NULL REFERENCES units(id),
    owner_user          TEXT NOT NULL REFERENCES users(id),
    classification      INTEGER NOT NULL,
    distribution        TEXT NOT NULL,
    distribution_group  TEXT REFERENCES sharing_groups(id),
    distribution_agencies TEXT NOT NULL,
    handling            TEXT NOT NULL,
    pointer             INTEGER NOT NULL,
    author_name         TEXT NOT NULL,
    reply_to            TEXT,
    text                TEXT NOT NULL,
    language            TEXT NOT NULL,
    mentions            TEXT NOT NULL,
    version             INTEGER NOT NULL,
    posted_at           INTEGER NOT NULL,
    edited_at           INTEGER,
    deleted_at          INTEGER,
    PRIMARY KEY (channel_id, seq)
);

-- Every state a message has had, for auditors: the post, each edit, the deletion.
CREATE TABLE channel_message_revisions (
    message_id          TEXT NOT NULL REFERENCES channel_messages(id),
    version             INTEGER NOT NULL,
    text                TEXT NOT NULL,
    marking             TEXT NOT NULL,
    by_user             TEXT NOT NULL REFERENCES users(id),
    at                  INTEGER NOT NULL,
    deleted             INTEGER NOT NULL,
    PRIMARY KEY (message_id, version)
);

-- What messages mention: kind 'user', 'unit', 'person' or 'identifier'; an identifier's
-- target is "kind:canonical" so a phone is found whichever way it was written.
CREATE TABLE channel_mentions (
    target              TEXT NOT NULL,
    kind                TEXT NOT NULL,
    channel_id          TEXT NOT NULL REFERENCES channels(id),
    seq                 INTEGER NOT NULL,
    PRIMARY KEY (target, kind, channel_id, seq)
);
CREATE INDEX channel_mentions_message ON channel_mentions(channel_id, seq);

CREATE TABLE channel_reads (
    channel_id          TEXT NOT NULL REFERENCES channels(id),
    user_id             TEXT NOT NULL REFERENCES users(id),
    last_read_seq       INTEGER NOT NULL,
    read_at             INTEGER NOT NULL,
    PRIMARY KEY (channel_id, user_id)
);

-- Channel audiences resolve a listed unit to the users posted there now.
CREATE INDEX users_unit ON users(unit_id);
