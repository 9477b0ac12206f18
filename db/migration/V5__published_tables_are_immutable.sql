-- Published numbers cannot change quietly: a published calculation and every result row under it reject UPDATE and
-- DELETE, and no rows can be added to it. Corrections are new revisions (a new calculation, a new publication).

create function reject_change_to_published_calculation() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and old.status = 'PUBLISHED' then
        raise exception 'calculation % is published and cannot be deleted', old.id using errcode = 'restrict_violation';
    end if;
    if tg_op = 'UPDATE' and old.status = 'PUBLISHED' then
        raise exception 'calculation % is published and cannot be changed', old.id using errcode = 'restrict_violation';
    end if;
    return coalesce(new, old);
end $$;

create trigger calculation_published_is_immutable
    before update or delete on calculation
    for each row execute function reject_change_to_published_calculation();

create function reject_change_to_published_result() returns trigger language plpgsql as $$
declare
    calculation_id bigint := case when tg_op = 'INSERT' then new.calculation_id else old.calculation_id end;
begin
    if exists (select 1 from calculation c where c.id = calculation_id and c.status = 'PUBLISHED') then
        raise exception '% rows of published calculation % cannot be changed (%)', tg_table_name, calculation_id, tg_op
            using errcode = 'restrict_violation';
    end if;
    return coalesce(new, old);
end $$;

create trigger organisation_result_published_is_immutable
    before insert or update or delete on organisation_result
    for each row execute function reject_change_to_published_result();

create trigger metric_result_published_is_immutable
    before insert or update or delete on metric_result
    for each row execute function reject_change_to_published_result();

create trigger metric_statistics_published_is_immutable
    before insert or update or delete on metric_statistics
    for each row execute function reject_change_to_published_result();

create trigger domain_result_published_is_immutable
    before insert or update or delete on domain_result
    for each row execute function reject_change_to_published_result();

create trigger result_adjustment_published_is_immutable
    before insert or update or delete on result_adjustment
    for each row execute function reject_change_to_published_result();

create index publication_latest_idx on publication (period_code, league, revision desc);
