-- The probe resource's table is test-only and keyed by owner, not by tenant (ScaleOutRulesTest).
COMMENT ON TABLE test_widget IS 'citus: local. Test-only table of the probe resource.';
