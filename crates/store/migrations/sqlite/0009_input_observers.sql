-- Whom an input's issuer names to watch its status board besides itself: a JSON list of
-- {"kind": "user"|"unit", "id": …}. Naming grants nothing by itself; the gate still decides.
ALTER TABLE inputs ADD COLUMN observers TEXT NOT NULL DEFAULT '[]';
