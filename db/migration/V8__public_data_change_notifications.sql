-- Every instance keeps published data in an in-memory cache; whenever something anonymous clients can read changes
-- (a publication, a table's status, the registry, a framework), the change is announced on this channel. NOTIFY is
-- delivered when the transaction commits, so no instance drops its cache for a change that is rolled back.
create function notify_public_data_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('public_data_changed', tg_table_name);
    return null;
end $$;

create trigger publication_changed after insert on publication
    for each statement execute function notify_public_data_changed();
create trigger period_league_changed after insert or update or delete on period_league
    for each statement execute function notify_public_data_changed();
create trigger reporting_period_changed after insert or update or delete on reporting_period
    for each statement execute function notify_public_data_changed();
create trigger organisation_changed after insert or update or delete on organisation
    for each statement execute function notify_public_data_changed();
create trigger framework_version_changed after insert or update or delete on framework_version
    for each statement execute function notify_public_data_changed();
create trigger metric_changed after insert or update or delete on metric
    for each statement execute function notify_public_data_changed();
