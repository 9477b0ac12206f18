-- NHS England's own published NHS Oversight Framework "trust data" (the long layout: raw values OF0xxx, metric scores
-- OF1xxx, domain scores OF40xx and segments OF41xx, the summary items OF50xx, each with NHS England's median,
-- quartiles and rank), imported as the reference our calculation is compared with. Stored as published, read-only:
-- a later import of the same quarter and league is a new revision; earlier revisions stay.

alter type submission_source add value 'NHS_ENGLAND';

create table nhse_reference_publication (
    id             bigint generated always as identity primary key,
    period_code    text not null,
    league         league not null check (league <> 'ICB'),
    revision       smallint not null check (revision > 0),
    framework_code text not null references framework_version,
    -- the submission that took the published raw values (OF0xxx) into the submission pipeline; null when the quarter's
    -- rows held none
    submission_id  bigint references submission,
    file_name      text not null check (btrim(file_name) <> ''),
    file_sha256    text not null check (file_sha256 ~ '^[0-9a-f]{64}$'),
    file_format    submission_format not null check (file_format in ('CSV', 'XLSX')),
    row_count      integer not null check (row_count > 0),
    imported_by    text not null check (btrim(imported_by) <> ''),
    -- set by trigger to the importing transaction's start: rows can be added only in that transaction
    imported_at    timestamptz not null default now(),
    unique (period_code, league, revision),
    -- the same file for the same quarter and league is imported once
    unique (period_code, league, file_sha256),
    unique (id, framework_code),
    foreign key (period_code, league) references period_league
);

comment on table nhse_reference_publication is 'One import of NHS England''s published NOF trust data for one quarter and league (a revision); immutable.';

create type nhse_item_kind as enum ('VALUE', 'METRIC_SCORE', 'DOMAIN_SCORE', 'DOMAIN_SEGMENT', 'SEGMENT', 'AVERAGE_SCORE',
    'FLAG', 'SEGMENT_OVERRIDE');

create table nhse_reference_row (
    publication_id     bigint not null,
    framework_code     text not null,
    -- the row's number in the imported file (the header is row 1)
    source_row         integer not null check (source_row > 1),
    organisation_code  text not null references organisation,
    metric_id          text not null,
    kind               nhse_item_kind not null,
    -- our catalogue's metric for OF0xxx and OF1xxx rows (OF1017 is metric OF0017's score); null for composite scores
    -- (OF1080) and summary items
    metric_code        text,
    region             text,
    trust_subtype      text,
    trust_name         text,
    domain             text,
    sub_domain         text,
    metric_description text,
    reporting_date     text,
    units              text,
    value              numeric not null,
    median_value       numeric,
    lower_quartile     numeric,
    upper_quartile     numeric,
    rank               integer check (rank > 0),
    primary key (publication_id, organisation_code, metric_id),
    unique (publication_id, source_row),
    foreign key (publication_id, framework_code) references nhse_reference_publication (id, framework_code),
    foreign key (framework_code, metric_code) references metric,
    constraint nhse_reference_row_metric_id check (metric_id ~ '^OF(0[0-9]{3}|1[0-9]{3}|40[0-9]{2}|41[0-9]{2}|500[023457])$'),
    constraint nhse_reference_row_kind_matches_id check (kind = case
        when metric_id ~ '^OF0' then 'VALUE'::nhse_item_kind
        when metric_id ~ '^OF1' then 'METRIC_SCORE'::nhse_item_kind
        when metric_id ~ '^OF40' then 'DOMAIN_SCORE'::nhse_item_kind
        when metric_id ~ '^OF41' then 'DOMAIN_SEGMENT'::nhse_item_kind
        when metric_id in ('OF5000', 'OF5003') then 'SEGMENT'::nhse_item_kind
        when metric_id = 'OF5002' then 'AVERAGE_SCORE'::nhse_item_kind
        when metric_id in ('OF5004', 'OF5007') then 'FLAG'::nhse_item_kind
        when metric_id = 'OF5005' then 'SEGMENT_OVERRIDE'::nhse_item_kind
    end),
    constraint nhse_reference_row_metric_for_values check (kind <> 'VALUE' or metric_code is not null),
    -- scores 1.00 (best) to 4.00; segments 1 to 4 (5 = Recovery Support Programme, in the final segment override);
    -- flags 0 or 1. Raw values are checked against the metric's valid range by the importer.
    constraint nhse_reference_row_value_range check (case kind
        when 'VALUE' then true
        when 'METRIC_SCORE' then value between 1 and 4
        when 'DOMAIN_SCORE' then value between 1 and 4
        when 'AVERAGE_SCORE' then value between 1 and 4
        when 'DOMAIN_SEGMENT' then value in (1, 2, 3, 4)
        when 'SEGMENT' then value in (1, 2, 3, 4)
        when 'SEGMENT_OVERRIDE' then value in (1, 2, 3, 4, 5)
        when 'FLAG' then value in (0, 1)
    end)
);

comment on table nhse_reference_row is 'One published row of NHS England''s trust data, as published; immutable.';

create index nhse_reference_row_organisation_idx on nhse_reference_row (organisation_code);

-- Immutability: neither a publication nor its rows change or go away, and rows are added to a publication only by the
-- transaction that created it.
create function nhse_reference_publication_stamp() returns trigger language plpgsql as $$
begin
    new.imported_at := now();
    return new;
end $$;

create trigger nhse_reference_publication_stamped
    before insert on nhse_reference_publication
    for each row execute function nhse_reference_publication_stamp();

create trigger nhse_reference_publication_immutable
    before update or delete on nhse_reference_publication
    for each row execute function reject_modification();

create trigger nhse_reference_publication_no_truncate
    before truncate on nhse_reference_publication
    for each statement execute function reject_modification();

create trigger nhse_reference_row_immutable
    before update or delete on nhse_reference_row
    for each row execute function reject_modification();

create trigger nhse_reference_row_no_truncate
    before truncate on nhse_reference_row
    for each statement execute function reject_modification();

create function nhse_reference_rows_added_with_publication() returns trigger language plpgsql as $$
begin
    if exists (select 1
               from added_rows r
                        join nhse_reference_publication p on p.id = r.publication_id
               where p.imported_at <> now()) then
        raise exception 'rows of an NHS England reference publication are added only when it is imported'
            using errcode = 'restrict_violation';
    end if;
    return null;
end $$;

create trigger nhse_reference_row_added_with_publication
    after insert on nhse_reference_row
    referencing new table as added_rows
    for each statement execute function nhse_reference_rows_added_with_publication();
