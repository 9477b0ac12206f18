-- Organisations: NHS England regions, integrated care boards and NHS trusts (ODS codes).

create type league as enum ('ACUTE', 'NON_ACUTE', 'AMBULANCE', 'ICB');

create type organisation_kind as enum ('TRUST', 'ICB');

create type trust_type as enum ('ACUTE', 'MENTAL_HEALTH', 'COMMUNITY', 'AMBULANCE', 'WALES', 'OTHER');

create table region (
    code text primary key check (code ~ '^Y[0-9]{2}$'),
    name text not null unique check (btrim(name) <> '')
);

comment on table region is 'NHS England region (ODS Y-code).';

create table organisation (
    code           text primary key check (code ~ '^[A-Z0-9]{3,5}$'),
    kind           organisation_kind not null,
    name           text not null check (btrim(name) <> ''),
    trust_type     trust_type,
    trust_subtype  text,
    region_code    text references region,
    icb_code       text references organisation,
    ons_code       text unique check (ons_code ~ '^E[0-9]{8}$'),
    postcode       text,
    open_date      date,
    close_date     date,
    successor_code text references organisation,
    -- The league follows from the organisation type (methodology section 1); Welsh and
    -- not-yet-classified trusts belong to no league.
    league         league generated always as (
        case
            when kind = 'ICB' then 'ICB'::league
            when trust_type = 'ACUTE' then 'ACUTE'::league
            when trust_type in ('MENTAL_HEALTH', 'COMMUNITY') then 'NON_ACUTE'::league
            when trust_type = 'AMBULANCE' then 'AMBULANCE'::league
        end) stored,
    constraint organisation_trust_has_type check ((kind = 'TRUST') = (trust_type is not null)),
    constraint organisation_icb_parent_is_for_trusts check (kind = 'TRUST' or icb_code is null),
    constraint organisation_open_before_close check (close_date is null or open_date is null or open_date <= close_date),
    constraint organisation_successor_only_when_closed check (successor_code is null or close_date is not null),
    constraint organisation_not_own_successor check (successor_code <> code)
);

comment on table organisation is 'An NHS trust or integrated care board, keyed by its ODS code; closed organisations keep their history and name their successor.';

create index organisation_league_idx on organisation (league) where close_date is null;
create index organisation_region_idx on organisation (region_code);
create index organisation_icb_idx on organisation (icb_code);
create index organisation_name_search_idx on organisation (lower(name) text_pattern_ops);

-- ICBs must be ICBs: a trust cannot be another trust's ICB.
create function organisation_check_icb_parent() returns trigger language plpgsql as $$
begin
    if new.icb_code is not null and not exists (
        select 1 from organisation where code = new.icb_code and kind = 'ICB') then
        raise exception 'organisation %: icb_code % is not an integrated care board', new.code, new.icb_code
            using errcode = 'foreign_key_violation';
    end if;
    return new;
end $$;

create trigger organisation_icb_parent_is_icb
    before insert or update of icb_code on organisation
    for each row execute function organisation_check_icb_parent();
