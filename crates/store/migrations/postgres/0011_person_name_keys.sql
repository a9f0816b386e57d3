-- Persons are found by name through the server's in-memory matcher; only organisations keep
-- name keys in the store.
DELETE FROM name_keys WHERE record_id IN (SELECT id FROM persons);
