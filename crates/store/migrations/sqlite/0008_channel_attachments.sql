-- Files carried by a channel message: their description (digest, name, media type, size) as a
-- JSON list, so the history page reads them with the message. Which messages use a file is
-- also recorded in `attachment_uses`, the table the download gate reads.
ALTER TABLE channel_messages ADD COLUMN attachments TEXT NOT NULL DEFAULT '[]';
