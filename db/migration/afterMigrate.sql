-- The service's database role and its privileges, (re)applied by Flyway after every migrate, so that tables added by
-- later migrations are covered and a privilege granted by hand is taken back at the next start.
--
-- Migrations run as the owner of the schema; the service connects as league_tables_app, which owns nothing. Only an
-- owner or a superuser can switch triggers off (ALTER TABLE ... DISABLE TRIGGER, session_replication_role = replica),
-- so the immutability and audit triggers hold against the service's own connection, and the privileges below stop it
-- even where a trigger would not: no TRUNCATE, no DDL, no UPDATE or DELETE of append-only rows.
--
-- THE LIST: every table and view of the schema, with what the service may do to it. A table missing here gets SELECT,
-- INSERT, UPDATE and DELETE (so that a new feature works before it is classified) and fails
-- DatabaseRolePrivilegesIT until it is listed. Append-only tables (rows are only ever added): 'select, insert', which
-- DatabaseRolePrivilegesIT tries to update and delete. A listed table that does not exist (yet) is skipped.

do $$
begin
    if not exists (select from pg_roles where rolname = 'league_tables_app') then
        -- NOLOGIN until whoever provisions the service gives it a password (README, "Where the data lives")
        create role league_tables_app nologin;
    end if;
end $$;

do $$
declare
    relation record;
begin
    for relation in
        select c.relname, coalesce(privileges.granted, 'select, insert, update, delete') as granted
        from pg_class c
                 left join (values
            -- append-only: the audit log, submitted values and flags, publications, NHS England's reference data
            ('audit_event', 'select, insert'),
            ('metric_value', 'select, insert'),
            ('deficit_support', 'select, insert'),
            ('publication', 'select, insert'),
            ('nhse_reference_publication', 'select, insert'),
            ('nhse_reference_row', 'select, insert'),
            -- a calculation's numbers are written once; a published one is immutable (triggers), a draft is discarded
            -- by its status, never deleted
            ('calculation', 'select, insert, update (status, discarded_by, discarded_at, discard_reason)'),
            ('organisation_result', 'select, insert'),
            ('metric_result', 'select, insert'),
            ('metric_statistics', 'select, insert'),
            ('domain_result', 'select, insert'),
            ('result_adjustment', 'select, insert'),
            ('calculation_domain_cut_off', 'select, insert'),
            -- a submission's file, uploader and period never change; its counts once staged and its decision do
            ('submission', 'select, insert, update (row_count, error_count, warning_count, status, decided_by, '
                'decided_at, decision_reason, warnings_acknowledged_by, warnings_acknowledged_at)'),
            ('submission_row', 'select, insert'),
            ('submission_issue', 'select, insert'),
            -- decisions are withdrawn, never edited or deleted
            ('segment_decision', 'select, insert, update (withdrawn_by, withdrawn_at)'),
            ('period_league', 'select, insert, update (status, version, status_changed_at, status_changed_by)'),
            -- reference data and framework catalogues: seeded at start-up, then the registry edits organisations
            ('region', 'select, insert'),
            ('organisation', 'select, insert, update (name, postcode, region_code, icb_code, close_date, '
                'successor_code)'),
            ('framework_version', 'select, insert'),
            ('framework_league', 'select, insert'),
            ('scored_item', 'select, insert'),
            ('metric', 'select, insert'),
            ('metric_league', 'select, insert'),
            ('metric_threshold', 'select, insert'),
            ('metric_category', 'select, insert'),
            ('item_combination_score', 'select, insert'),
            ('reporting_period', 'select, insert'),
            -- the audit chain's keying (V13): written once by its migration, then seals and checkpoints are only added
            ('audit_keying', 'select'),
            ('audit_seal', 'select, insert'),
            ('audit_checkpoint', 'select, insert'),
            -- accounts: roles are granted and revoked; accounts, tokens and activation links change (enabled,
            -- passwords, expiry, revocation, use); a role proposal is only ever decided (V12)
            ('app_user', 'select, insert, update'),
            ('app_user_role', 'select, insert, delete'),
            ('api_token', 'select, insert, update'),
            ('account_activation', 'select, insert, update'),
            ('role_proposal', 'select, insert, update (status, decided_by, decided_at)'),
            ('current_metric_value', 'select'),
            ('current_deficit_support', 'select'),
            ('latest_publication', 'select'),
            -- Flyway's own bookkeeping is none of the service's business
            ('flyway_schema_history', '')
        ) as privileges (relation_name, granted) on privileges.relation_name = c.relname
        where c.relnamespace = 'public'::regnamespace
          and c.relkind in ('r', 'p', 'v', 'm')
    loop
        execute format('revoke all on table %I from league_tables_app', relation.relname);
        if relation.granted <> '' then
            execute format('grant %s on table %I to league_tables_app', relation.granted, relation.relname);
        end if;
    end loop;
end $$;

-- Identity columns need no grant; a serial column's sequence needs USAGE (nextval), never UPDATE (setval).
revoke all on all sequences in schema public from league_tables_app;
grant usage on all sequences in schema public to league_tables_app;

-- Every function here runs with its caller's rights (none is SECURITY DEFINER, as DatabaseRolePrivilegesIT checks), so
-- executing one gives no more than the table privileges above; the audit chaining trigger, for one, calls
-- audit_event_canonical.
grant execute on all functions in schema public to league_tables_app;

-- Reading and writing rows, never creating objects in the schema.
grant usage on schema public to league_tables_app;
revoke create on schema public from league_tables_app;
