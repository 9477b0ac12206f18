-- Deficit support: whether an organisation receives deficit support in a quarter, which puts it in financial deficit
-- (NHS Oversight Framework financial override, methodology section 5.2). It is submitted data, not a metric value: a
-- submission row with the reserved metric id DEFICIT_SUPPORT and value 1 (receives deficit support) or 0 (does not),
-- staged in submission_row with the other rows and copied into deficit_support when the submission is accepted. Flags
-- are never edited: a correction is a later accepted submission, and the current flag is the latest accepted one.

-- The reserved id can never name a metric, so a DEFICIT_SUPPORT row is never mistaken for a metric value.
alter table metric add constraint metric_code_not_reserved check (code <> 'DEFICIT_SUPPORT');

-- A staged flag row carries its flag in value and nothing else but a comment.
alter table submission_row add constraint submission_row_deficit_support_flag check (
    metric_code is distinct from 'DEFICIT_SUPPORT'
    or (status = 'VALUE' and value in (0, 1) and numerator is null and denominator is null and category is null
        and manual_score is null and reporting_date is null));

-- The flags of a submission, found without reading its (possibly million) metric rows.
create index submission_row_deficit_support_idx on submission_row (submission_id, organisation_code)
    where metric_code = 'DEFICIT_SUPPORT';

-- Lets a flag's period be checked against its submission's period by a foreign key.
alter table submission add constraint submission_id_period_unique unique (id, period_code);

create table deficit_support (
    submission_id            bigint not null,
    period_code              text not null references reporting_period,
    organisation_code        text not null references organisation,
    receives_deficit_support boolean not null,
    comment                  text check (char_length(comment) <= 1000),
    source_row               integer not null check (source_row > 0),
    primary key (period_code, organisation_code, submission_id),
    -- a flag is for the period of the submission that carried it
    foreign key (submission_id, period_code) references submission (id, period_code)
);

comment on table deficit_support is
    'Whether an organisation receives deficit support in a quarter, as each accepted submission set it; immutable.';

create index deficit_support_submission_idx on deficit_support (submission_id);

-- Flags reach this table only from an accepted submission (checked at commit, as acceptance copies the rows and marks
-- the submission accepted in one transaction).
create function require_accepted_submission() returns trigger language plpgsql as $$
begin
    if not exists (select 1 from submission s where s.id = new.submission_id and s.status = 'ACCEPTED') then
        raise exception '% rows come only from an accepted submission; submission % is not accepted',
            tg_table_name, new.submission_id using errcode = 'check_violation';
    end if;
    return null;
end $$;

create constraint trigger deficit_support_from_accepted_submission
    after insert on deficit_support
    deferrable initially deferred
    for each row execute function require_accepted_submission();

create trigger deficit_support_immutable
    before update or delete on deficit_support
    for each row execute function reject_modification();

create trigger deficit_support_no_truncate
    before truncate on deficit_support
    for each statement execute function reject_modification();

-- The flag that counts for each organisation and period: the one from the latest accepted submission (the same rule as
-- current_metric_value).
create view current_deficit_support as
select distinct on (d.period_code, d.organisation_code) d.*
from deficit_support d
         join submission s on s.id = d.submission_id
order by d.period_code, d.organisation_code, s.decided_at desc, s.id desc;

comment on view current_deficit_support is
    'The current deficit-support flag of each organisation and period: the latest accepted submission''s.';
