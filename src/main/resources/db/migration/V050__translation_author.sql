-- Who wrote a human rendition of a message (null for machine renditions), so a translation
-- that puts words in another person's mouth can be traced.
ALTER TABLE message_translation ADD COLUMN translated_by uuid REFERENCES account (id);
