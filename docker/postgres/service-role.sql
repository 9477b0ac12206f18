-- The role the service connects as: it owns nothing, and the migrations (db/migration/afterMigrate.sql) grant it what
-- it needs. Created if missing and given the password of LEAGUE_TABLES_APP_PASSWORD at every `docker compose up`, on a
-- new volume and on one from before the role existed. Run by psql as the owner (POSTGRES_USER) with -v app_password=…
select format('create role %I', 'league_tables_app')
where not exists (select from pg_roles where rolname = 'league_tables_app') \gexec
alter role league_tables_app login password :'app_password';
