-- The event log: one row per event, numbered in commit order by the single writer (which
-- holds the audit head lock while it numbers them), so a client that saw event N resumes with
-- everything after N and nothing twice. Audience, marking and body are JSON.
CREATE TABLE events (
    seq             BIGINT PRIMARY KEY,
    at              BIGINT NOT NULL,
    audience        TEXT NOT NULL,
    marking         TEXT,
    body            TEXT NOT NULL
);
