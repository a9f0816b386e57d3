-- The files a message carried in each revision, so the archive keeps them after the message is
-- deleted (the message itself then carries none): a JSON list like channel_messages.attachments.
ALTER TABLE channel_message_revisions ADD COLUMN attachments TEXT NOT NULL DEFAULT '[]';
