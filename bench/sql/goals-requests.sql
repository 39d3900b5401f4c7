-- The goals scenarios' requests (docs/goals.md), chosen like requests.sql's (deterministic, by md5):
-- goals_list: a guardian's "my goals" (first page); goals_progress: the progress view of a goal of
-- one of the guardian's children.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
SELECT :'out' || '/goals_list.tsv' AS f_goals_list, :'out' || '/goals_progress.tsv' AS f_goals_progress \gset

COPY (SELECT 'GET', '/api/v1/goals?limit=25', i, '' FROM bench.load_user WHERE roles = 'guardian' ORDER BY i)
TO STDOUT \g :f_goals_list

COPY (SELECT 'GET', '/api/v1/goals/' || go.id || '/progress', u.i, ''
      FROM bench.load_user u
      JOIN guardian gd ON gd.account_id = u.account_id AND gd.active
      JOIN guardianship gs ON gs.guardian_id = gd.id AND gs.active AND NOT gs.no_contact
                          AND gs.may_see_goals_and_celebrations
      JOIN goal go ON go.student_id = gs.student_id AND (NOT go.confidential OR gs.educational_rights)
      WHERE u.roles = 'guardian'
      ORDER BY md5(go.id::text || u.i) LIMIT 5000)
TO STDOUT \g :f_goals_progress
