-- Scale-out (issue 10): every key of a tenant-owned table leads with tenant_id, so that the schema
-- can be distributed by tenant with Citus as it is (docs/scaling.md, scripts/citus-distribute.sql).
-- Citus requires the distribution column in every primary key, unique and exclusion constraint,
-- and in every foreign key between distributed tables. Entities keep mapping `id` as their id;
-- nothing a client sees changes.
--
-- Tables that are not tenant-owned say what they would be under Citus in their comment, which
-- starts with 'citus: reference' or 'citus: local'. The test suite's catalog check
-- (ScaleOutRulesTest) holds every other table, present or future, to the rule.
--
-- Order: the foreign keys between tenant-owned tables go first (they hang on the single-column
-- keys), then the primary and unique keys are rebuilt, then the foreign keys come back through
-- (tenant_id, ...). Foreign keys to district (tenant_id) already lead with the tenant and stay.

-- 1. Foreign keys through (id) alone -------------------------------------------------------------
ALTER TABLE academic_term       DROP CONSTRAINT academic_term_school_id_fkey;
ALTER TABLE school_class        DROP CONSTRAINT school_class_school_id_fkey,
                                DROP CONSTRAINT school_class_term_id_fkey;
ALTER TABLE staff               DROP CONSTRAINT staff_account_id_fkey,
                                DROP CONSTRAINT staff_school_id_fkey;
ALTER TABLE student             DROP CONSTRAINT student_school_id_fkey;
ALTER TABLE guardian            DROP CONSTRAINT guardian_account_id_fkey;
ALTER TABLE guardianship        DROP CONSTRAINT guardianship_guardian_id_fkey,
                                DROP CONSTRAINT guardianship_student_id_fkey;
ALTER TABLE enrollment          DROP CONSTRAINT enrollment_class_id_fkey,
                                DROP CONSTRAINT enrollment_student_id_fkey;
ALTER TABLE teaching_assignment DROP CONSTRAINT teaching_assignment_class_id_fkey,
                                DROP CONSTRAINT teaching_assignment_staff_id_fkey;
ALTER TABLE refresh_token       DROP CONSTRAINT refresh_token_account_id_fkey;
ALTER TABLE password_reset      DROP CONSTRAINT password_reset_account_id_fkey;
ALTER TABLE invitation          DROP CONSTRAINT invitation_accepted_account_id_fkey,
                                DROP CONSTRAINT invitation_invited_by_fkey,
                                DROP CONSTRAINT invitation_student_id_fkey;
ALTER TABLE class_code          DROP CONSTRAINT class_code_class_id_fkey;
ALTER TABLE join_request        DROP CONSTRAINT join_request_account_id_fkey,
                                DROP CONSTRAINT join_request_class_id_fkey,
                                DROP CONSTRAINT join_request_decided_by_fkey,
                                DROP CONSTRAINT join_request_student_id_fkey;
ALTER TABLE thread              DROP CONSTRAINT thread_audience_school_id_fkey,
                                DROP CONSTRAINT thread_class_id_fkey,
                                DROP CONSTRAINT thread_created_by_fkey,
                                DROP CONSTRAINT thread_last_message_id_fkey,
                                DROP CONSTRAINT thread_student_id_fkey;
ALTER TABLE thread_participant  DROP CONSTRAINT thread_participant_account_id_fkey,
                                DROP CONSTRAINT thread_participant_thread_id_fkey;
ALTER TABLE message             DROP CONSTRAINT message_author_id_fkey,
                                DROP CONSTRAINT message_thread_id_fkey;
ALTER TABLE message_edit        DROP CONSTRAINT message_edit_message_id_fkey;
ALTER TABLE message_hidden      DROP CONSTRAINT message_hidden_account_id_fkey,
                                DROP CONSTRAINT message_hidden_message_id_fkey;
ALTER TABLE scheduled_message   DROP CONSTRAINT scheduled_message_author_id_fkey,
                                DROP CONSTRAINT scheduled_message_message_id_fkey,
                                DROP CONSTRAINT scheduled_message_thread_id_fkey;
ALTER TABLE message_translation DROP CONSTRAINT message_translation_message_id_fkey,
                                DROP CONSTRAINT message_translation_translated_by_fkey;
ALTER TABLE translation_job     DROP CONSTRAINT translation_job_message_id_fkey;
ALTER TABLE office_hours        DROP CONSTRAINT office_hours_account_id_fkey;
ALTER TABLE message_report      DROP CONSTRAINT message_report_message_id_fkey,
                                DROP CONSTRAINT message_report_reporter_id_fkey,
                                DROP CONSTRAINT message_report_resolved_by_fkey;
ALTER TABLE contact_block       DROP CONSTRAINT contact_block_blocked_id_fkey,
                                DROP CONSTRAINT contact_block_blocker_id_fkey;
ALTER TABLE announcement_reply  DROP CONSTRAINT announcement_reply_announcement_id_fkey,
                                DROP CONSTRAINT announcement_reply_recipient_id_fkey,
                                DROP CONSTRAINT announcement_reply_thread_id_fkey;

-- 2. Primary keys: (tenant_id, id), or the natural key led by tenant_id ----------------------------
ALTER TABLE school              DROP CONSTRAINT school_pkey,              ADD CONSTRAINT school_pkey              PRIMARY KEY (tenant_id, id);
ALTER TABLE academic_term       DROP CONSTRAINT academic_term_pkey,       ADD CONSTRAINT academic_term_pkey       PRIMARY KEY (tenant_id, id);
ALTER TABLE school_class        DROP CONSTRAINT school_class_pkey,        ADD CONSTRAINT school_class_pkey        PRIMARY KEY (tenant_id, id);
ALTER TABLE account             DROP CONSTRAINT account_pkey,             ADD CONSTRAINT account_pkey             PRIMARY KEY (tenant_id, id);
ALTER TABLE staff               DROP CONSTRAINT staff_pkey,               ADD CONSTRAINT staff_pkey               PRIMARY KEY (tenant_id, id);
ALTER TABLE student             DROP CONSTRAINT student_pkey,             ADD CONSTRAINT student_pkey             PRIMARY KEY (tenant_id, id);
ALTER TABLE guardian            DROP CONSTRAINT guardian_pkey,            ADD CONSTRAINT guardian_pkey            PRIMARY KEY (tenant_id, id);
ALTER TABLE guardianship        DROP CONSTRAINT guardianship_pkey,        ADD CONSTRAINT guardianship_pkey        PRIMARY KEY (tenant_id, id);
ALTER TABLE enrollment          DROP CONSTRAINT enrollment_pkey,          ADD CONSTRAINT enrollment_pkey          PRIMARY KEY (tenant_id, id);
ALTER TABLE teaching_assignment DROP CONSTRAINT teaching_assignment_pkey, ADD CONSTRAINT teaching_assignment_pkey PRIMARY KEY (tenant_id, id);
ALTER TABLE refresh_token       DROP CONSTRAINT refresh_token_pkey,       ADD CONSTRAINT refresh_token_pkey       PRIMARY KEY (tenant_id, id);
ALTER TABLE api_client          DROP CONSTRAINT api_client_pkey,          ADD CONSTRAINT api_client_pkey          PRIMARY KEY (tenant_id, id);
ALTER TABLE password_reset      DROP CONSTRAINT password_reset_pkey,      ADD CONSTRAINT password_reset_pkey      PRIMARY KEY (tenant_id, id);
ALTER TABLE invitation          DROP CONSTRAINT invitation_pkey,          ADD CONSTRAINT invitation_pkey          PRIMARY KEY (tenant_id, id);
ALTER TABLE class_code          DROP CONSTRAINT class_code_pkey,          ADD CONSTRAINT class_code_pkey          PRIMARY KEY (tenant_id, class_id);
ALTER TABLE join_request        DROP CONSTRAINT join_request_pkey,        ADD CONSTRAINT join_request_pkey        PRIMARY KEY (tenant_id, id);
ALTER TABLE audit_event         DROP CONSTRAINT audit_event_pkey,         ADD CONSTRAINT audit_event_pkey         PRIMARY KEY (tenant_id, id);
ALTER TABLE thread              DROP CONSTRAINT thread_pkey,              ADD CONSTRAINT thread_pkey              PRIMARY KEY (tenant_id, id);
ALTER TABLE thread_participant  DROP CONSTRAINT thread_participant_pkey,  ADD CONSTRAINT thread_participant_pkey  PRIMARY KEY (tenant_id, thread_id, account_id);
ALTER TABLE message             DROP CONSTRAINT message_pkey,             ADD CONSTRAINT message_pkey             PRIMARY KEY (tenant_id, id);
ALTER TABLE message_edit        DROP CONSTRAINT message_edit_pkey,        ADD CONSTRAINT message_edit_pkey        PRIMARY KEY (tenant_id, id);
ALTER TABLE message_hidden      DROP CONSTRAINT message_hidden_pkey,      ADD CONSTRAINT message_hidden_pkey      PRIMARY KEY (tenant_id, account_id, message_id);
ALTER TABLE scheduled_message   DROP CONSTRAINT scheduled_message_pkey,   ADD CONSTRAINT scheduled_message_pkey   PRIMARY KEY (tenant_id, id);
ALTER TABLE message_translation DROP CONSTRAINT message_translation_pkey, ADD CONSTRAINT message_translation_pkey PRIMARY KEY (tenant_id, message_id, language);
ALTER TABLE translation_job     DROP CONSTRAINT translation_job_pkey,     ADD CONSTRAINT translation_job_pkey     PRIMARY KEY (tenant_id, message_id, language);
ALTER TABLE office_hours        DROP CONSTRAINT office_hours_pkey,        ADD CONSTRAINT office_hours_pkey        PRIMARY KEY (tenant_id, account_id);
ALTER TABLE message_report      DROP CONSTRAINT message_report_pkey,      ADD CONSTRAINT message_report_pkey      PRIMARY KEY (tenant_id, id);
ALTER TABLE contact_block       DROP CONSTRAINT contact_block_pkey,       ADD CONSTRAINT contact_block_pkey       PRIMARY KEY (tenant_id, blocker_id, blocked_id);
ALTER TABLE announcement_reply  DROP CONSTRAINT announcement_reply_pkey,  ADD CONSTRAINT announcement_reply_pkey  PRIMARY KEY (tenant_id, announcement_id, recipient_id);

-- 3. Unique keys led by tenant_id ----------------------------------------------------------------
-- Secrets presented before any tenant is known (refresh, invitation and reset tokens, an
-- integrator's client id, a class code) stay unique within their district and keep a plain
-- index for that first look-up. Under Citus it is a query on every shard, made once per sign-in,
-- refresh or link followed (docs/scaling.md, "Look-ups before the tenant is known").
ALTER TABLE refresh_token  DROP CONSTRAINT refresh_token_token_hash_key,
                           ADD CONSTRAINT refresh_token_token_hash_key UNIQUE (tenant_id, token_hash);
CREATE INDEX refresh_token_by_hash ON refresh_token (token_hash);
ALTER TABLE password_reset DROP CONSTRAINT password_reset_token_hash_key,
                           ADD CONSTRAINT password_reset_token_hash_key UNIQUE (tenant_id, token_hash);
CREATE INDEX password_reset_by_hash ON password_reset (token_hash);
ALTER TABLE invitation     DROP CONSTRAINT invitation_token_hash_key,
                           ADD CONSTRAINT invitation_token_hash_key UNIQUE (tenant_id, token_hash);
CREATE INDEX invitation_by_hash ON invitation (token_hash);
ALTER TABLE api_client     DROP CONSTRAINT api_client_client_id_key,
                           ADD CONSTRAINT api_client_client_id_key UNIQUE (tenant_id, client_id);
CREATE INDEX api_client_by_client_id ON api_client (client_id);
-- A code is typed without a district; ClassCodeService still draws codes unused in every district.
ALTER TABLE class_code     DROP CONSTRAINT class_code_code_key,
                           ADD CONSTRAINT class_code_code_key UNIQUE (tenant_id, code);
CREATE INDEX class_code_by_code ON class_code (code);

ALTER TABLE message        DROP CONSTRAINT message_thread_id_seq_key,
                           ADD CONSTRAINT message_thread_id_seq_key UNIQUE (tenant_id, thread_id, seq);
ALTER TABLE message_report DROP CONSTRAINT message_report_message_id_reporter_id_key,
                           ADD CONSTRAINT message_report_message_id_reporter_id_key UNIQUE (tenant_id, message_id, reporter_id);
ALTER TABLE announcement_reply DROP CONSTRAINT announcement_reply_thread_id_key,
                           ADD CONSTRAINT announcement_reply_thread_id_key UNIQUE (tenant_id, thread_id);

DROP INDEX join_request_one_pending;
CREATE UNIQUE INDEX join_request_one_pending ON join_request (tenant_id, class_id, account_id, lower(student_name))
    WHERE state = 'pending';
DROP INDEX message_client_id;
CREATE UNIQUE INDEX message_client_id ON message (tenant_id, thread_id, author_id, client_message_id)
    WHERE client_message_id IS NOT NULL;
DROP INDEX scheduled_message_client_id;
CREATE UNIQUE INDEX scheduled_message_client_id ON scheduled_message (tenant_id, thread_id, author_id, client_message_id)
    WHERE client_message_id IS NOT NULL;

-- 4. Foreign keys through (tenant_id, ...) -------------------------------------------------------
-- A row can now only point at a row of its own district, which the old keys did not enforce.
ALTER TABLE academic_term       ADD FOREIGN KEY (tenant_id, school_id)  REFERENCES school (tenant_id, id);
ALTER TABLE school_class        ADD FOREIGN KEY (tenant_id, school_id)  REFERENCES school (tenant_id, id),
                                ADD FOREIGN KEY (tenant_id, term_id)    REFERENCES academic_term (tenant_id, id);
ALTER TABLE staff               ADD FOREIGN KEY (tenant_id, school_id)  REFERENCES school (tenant_id, id),
                                ADD FOREIGN KEY (tenant_id, account_id) REFERENCES account (tenant_id, id);
ALTER TABLE student             ADD FOREIGN KEY (tenant_id, school_id)  REFERENCES school (tenant_id, id);
ALTER TABLE guardian            ADD FOREIGN KEY (tenant_id, account_id) REFERENCES account (tenant_id, id);
ALTER TABLE guardianship        ADD FOREIGN KEY (tenant_id, student_id)  REFERENCES student (tenant_id, id),
                                ADD FOREIGN KEY (tenant_id, guardian_id) REFERENCES guardian (tenant_id, id);
ALTER TABLE enrollment          ADD FOREIGN KEY (tenant_id, student_id) REFERENCES student (tenant_id, id),
                                ADD FOREIGN KEY (tenant_id, class_id)   REFERENCES school_class (tenant_id, id);
ALTER TABLE teaching_assignment ADD FOREIGN KEY (tenant_id, staff_id)   REFERENCES staff (tenant_id, id),
                                ADD FOREIGN KEY (tenant_id, class_id)   REFERENCES school_class (tenant_id, id);
ALTER TABLE refresh_token       ADD FOREIGN KEY (tenant_id, account_id) REFERENCES account (tenant_id, id);
ALTER TABLE password_reset      ADD FOREIGN KEY (tenant_id, account_id) REFERENCES account (tenant_id, id);
ALTER TABLE invitation          ADD FOREIGN KEY (tenant_id, student_id)          REFERENCES student (tenant_id, id),
                                ADD FOREIGN KEY (tenant_id, invited_by)          REFERENCES account (tenant_id, id),
                                ADD FOREIGN KEY (tenant_id, accepted_account_id) REFERENCES account (tenant_id, id);
ALTER TABLE class_code          ADD FOREIGN KEY (tenant_id, class_id)   REFERENCES school_class (tenant_id, id);
ALTER TABLE join_request        ADD FOREIGN KEY (tenant_id, class_id)   REFERENCES school_class (tenant_id, id),
                                ADD FOREIGN KEY (tenant_id, account_id) REFERENCES account (tenant_id, id),
                                ADD FOREIGN KEY (tenant_id, student_id) REFERENCES student (tenant_id, id),
                                ADD FOREIGN KEY (tenant_id, decided_by) REFERENCES account (tenant_id, id);
ALTER TABLE thread              ADD FOREIGN KEY (tenant_id, student_id)         REFERENCES student (tenant_id, id),
                                ADD FOREIGN KEY (tenant_id, class_id)           REFERENCES school_class (tenant_id, id),
                                ADD FOREIGN KEY (tenant_id, audience_school_id) REFERENCES school (tenant_id, id),
                                ADD FOREIGN KEY (tenant_id, created_by)         REFERENCES account (tenant_id, id);
ALTER TABLE thread_participant  ADD FOREIGN KEY (tenant_id, thread_id)  REFERENCES thread (tenant_id, id),
                                ADD FOREIGN KEY (tenant_id, account_id) REFERENCES account (tenant_id, id);
ALTER TABLE message             ADD FOREIGN KEY (tenant_id, thread_id)  REFERENCES thread (tenant_id, id),
                                ADD FOREIGN KEY (tenant_id, author_id)  REFERENCES account (tenant_id, id);
ALTER TABLE thread              ADD FOREIGN KEY (tenant_id, last_message_id) REFERENCES message (tenant_id, id);
ALTER TABLE message_edit        ADD FOREIGN KEY (tenant_id, message_id) REFERENCES message (tenant_id, id);
ALTER TABLE message_hidden      ADD FOREIGN KEY (tenant_id, message_id) REFERENCES message (tenant_id, id),
                                ADD FOREIGN KEY (tenant_id, account_id) REFERENCES account (tenant_id, id);
ALTER TABLE scheduled_message   ADD FOREIGN KEY (tenant_id, thread_id)  REFERENCES thread (tenant_id, id),
                                ADD FOREIGN KEY (tenant_id, author_id)  REFERENCES account (tenant_id, id),
                                ADD FOREIGN KEY (tenant_id, message_id) REFERENCES message (tenant_id, id);
ALTER TABLE message_translation ADD FOREIGN KEY (tenant_id, message_id)    REFERENCES message (tenant_id, id),
                                ADD FOREIGN KEY (tenant_id, translated_by) REFERENCES account (tenant_id, id);
ALTER TABLE translation_job     ADD FOREIGN KEY (tenant_id, message_id) REFERENCES message (tenant_id, id);
ALTER TABLE office_hours        ADD FOREIGN KEY (tenant_id, account_id) REFERENCES account (tenant_id, id);
ALTER TABLE message_report      ADD FOREIGN KEY (tenant_id, message_id)  REFERENCES message (tenant_id, id),
                                ADD FOREIGN KEY (tenant_id, reporter_id) REFERENCES account (tenant_id, id),
                                ADD FOREIGN KEY (tenant_id, resolved_by) REFERENCES account (tenant_id, id);
ALTER TABLE contact_block       ADD FOREIGN KEY (tenant_id, blocker_id) REFERENCES account (tenant_id, id),
                                ADD FOREIGN KEY (tenant_id, blocked_id) REFERENCES account (tenant_id, id);
ALTER TABLE announcement_reply  ADD FOREIGN KEY (tenant_id, announcement_id) REFERENCES thread (tenant_id, id),
                                ADD FOREIGN KEY (tenant_id, recipient_id)    REFERENCES account (tenant_id, id),
                                ADD FOREIGN KEY (tenant_id, thread_id)       REFERENCES thread (tenant_id, id);

-- 5. What the tables that are not tenant-owned would be under Citus -------------------------------
COMMENT ON TABLE district IS
    'citus: reference. The tenants themselves: small, read by every node, referenced by every distributed table.';
COMMENT ON TABLE rate_limit_counter IS
    'citus: local (coordinator). Sign-in and reset throttles are counted before any tenant is known; every instance talks to the coordinator, so the counts are shared.';
COMMENT ON TABLE idempotency_record IS
    'citus: local (coordinator). Claimed in short transactions of their own, keyed by caller (tenant/subject) and key; every instance sees the same claims.';
COMMENT ON TABLE ${flyway:table} IS
    'citus: local (coordinator). Flyway''s migration history; migrations run against the coordinator.';

-- 6. The old keys, kept as plain indexes for statements that do not name the tenant ---------------
-- Hibernate 7.4 writes an entity's UPDATE and DELETE by its id alone ("... WHERE id = ? AND
-- version = ?"; measured: its loads and queries do add tenant_id), and some native statements look
-- rows up by id. Without these indexes each would scan its table, because PostgreSQL 15 cannot skip
-- the leading tenant_id of the new keys. They are not unique, so Citus accepts them; under Citus the
-- statements that use them run on every shard (docs/scaling.md, "Limits"). Once Hibernate puts the
-- tenant into entity mutations (HHH-20883) and the native statements name it, they can go.
-- audit_event and message_edit rows are only ever inserted, so they get none.
CREATE INDEX school_by_id              ON school (id);
CREATE INDEX academic_term_by_id       ON academic_term (id);
CREATE INDEX school_class_by_id        ON school_class (id);
CREATE INDEX account_by_id             ON account (id);
CREATE INDEX staff_by_id               ON staff (id);
CREATE INDEX student_by_id             ON student (id);
CREATE INDEX guardian_by_id            ON guardian (id);
CREATE INDEX guardianship_by_id        ON guardianship (id);
CREATE INDEX enrollment_by_id          ON enrollment (id);
CREATE INDEX teaching_assignment_by_id ON teaching_assignment (id);
CREATE INDEX refresh_token_by_id       ON refresh_token (id);
CREATE INDEX api_client_by_id          ON api_client (id);
CREATE INDEX password_reset_by_id      ON password_reset (id);
CREATE INDEX invitation_by_id          ON invitation (id);
CREATE INDEX class_code_by_class       ON class_code (class_id);
CREATE INDEX join_request_by_id        ON join_request (id);
CREATE INDEX thread_by_id              ON thread (id);
CREATE INDEX thread_participant_by_key ON thread_participant (thread_id, account_id);
CREATE INDEX message_by_id             ON message (id);
CREATE INDEX message_hidden_by_key     ON message_hidden (account_id, message_id);
CREATE INDEX scheduled_message_by_id   ON scheduled_message (id);
CREATE INDEX message_translation_by_key ON message_translation (message_id, language);
CREATE INDEX translation_job_by_key    ON translation_job (message_id, language);
CREATE INDEX office_hours_by_account   ON office_hours (account_id);
CREATE INDEX message_report_by_id      ON message_report (id);
CREATE INDEX contact_block_by_key      ON contact_block (blocker_id, blocked_id);
CREATE INDEX announcement_reply_by_key ON announcement_reply (announcement_id, recipient_id);
