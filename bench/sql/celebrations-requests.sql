-- The celebrations scenarios' requests (docs/celebrations.md): timeline, a guardian's first page of
-- one child's timeline (limit 25); timeline_deep is made from these by load/timeline-cursors.js,
-- which follows each to the cursor after its sixth item and asks for the next five.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
SELECT :'out' || '/timeline.tsv' AS f_timeline \gset

COPY (SELECT 'GET', '/api/v1/students/' || kid.student_id || '/timeline?limit=25', u.i, ''
      FROM bench.load_user u
      JOIN guardian gd ON gd.account_id = u.account_id AND gd.active
      CROSS JOIN LATERAL (SELECT gs.student_id FROM guardianship gs
                          WHERE gs.guardian_id = gd.id AND gs.active AND NOT gs.no_contact
                            AND gs.may_see_goals_and_celebrations
                          ORDER BY gs.student_id LIMIT 1) kid
      WHERE u.roles = 'guardian'
      ORDER BY u.i)
TO STDOUT \g :f_timeline
