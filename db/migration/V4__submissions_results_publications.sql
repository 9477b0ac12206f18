-- Data submissions and their metric values; computed league tables; publications.

create type submission_source as enum ('UPLOAD', 'API', 'DEMO');

create type submission_format as enum ('CSV', 'XLSX', 'ROWS');

create type value_status as enum ('VALUE', 'NOT_APPLICABLE', 'NOT_SUBMITTED');

create type submission_status as enum ('VALIDATED', 'ACCEPTED', 'REJECTED');

create table submission (
    id                       bigint generated always as identity primary key,
    period_code              text not null references reporting_period,
    source                   submission_source not null,
    format                   submission_format not null,
    file_name                text,
    checksum_sha256          text not null check (checksum_sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_by              text not null,
    uploaded_at              timestamptz not null default now(),
    row_count                integer not null check (row_count >= 0),
    error_count              integer not null default 0 check (error_count >= 0),
    warning_count            integer not null default 0 check (warning_count >= 0),
    status                   submission_status not null,
    warnings_acknowledged_by text,
    warnings_acknowledged_at timestamptz,
    decided_by               text,
    decided_at               timestamptz,
    decision_reason          text,
    -- a correction names why it replaces accepted values
    correction_reason        text,
    constraint submission_accepted_without_errors check (status <> 'ACCEPTED' or error_count = 0),
    constraint submission_accepted_warnings_acknowledged check (
        status <> 'ACCEPTED' or warning_count = 0 or warnings_acknowledged_by is not null),
    constraint submission_rejected_with_reason check (status <> 'REJECTED' or btrim(decision_reason) <> '')
);

-- Loading the same file twice for a period is detected (and does nothing).
create unique index submission_same_file_once on submission (period_code, checksum_sha256) where status <> 'REJECTED';
create index submission_period_idx on submission (period_code, uploaded_at desc);

-- The parsed rows of a submission as uploaded, kept whatever the outcome so that the validation report can point at
-- them; accepting the submission copies them into metric_value in one statement.
create table submission_row (
    submission_id     bigint not null references submission on delete cascade,
    row_number        integer not null check (row_number > 0),
    organisation_code text,
    metric_code       text,
    status            value_status,
    value             numeric,
    numerator         numeric,
    denominator       numeric,
    category          text,
    manual_score      numeric(3, 2),
    reporting_date    date,
    comment           text,
    primary key (submission_id, row_number)
);

create index submission_row_key_idx on submission_row (submission_id, organisation_code, metric_code);

create type issue_severity as enum ('ERROR', 'WARNING');

-- The validation report: each finding names the row, the column, the offending value and the rule it broke.
create table submission_issue (
    id            bigint generated always as identity primary key,
    submission_id bigint not null references submission on delete cascade,
    row_number    integer,
    column_name   text,
    value         text,
    rule          text not null check (rule ~ '^[A-Z][A-Z_]*$'),
    severity      issue_severity not null,
    message       text not null
);

create index submission_issue_report_idx on submission_issue (submission_id, row_number, id);

-- Metric values are never edited: a correction is a new accepted submission whose rows supersede
-- the earlier ones (the current value is the one from the latest accepted submission).
create table metric_value (
    submission_id     bigint not null references submission,
    period_code       text not null references reporting_period,
    organisation_code text not null references organisation,
    framework_code    text not null,
    metric_code       text not null,
    status            value_status not null default 'VALUE',
    value             numeric,
    numerator         numeric,
    denominator       numeric,
    category          text,
    manual_score      numeric(3, 2) check (manual_score between 1 and 4),
    reporting_date    date,
    comment           text,
    source_row        integer check (source_row > 0),
    primary key (period_code, organisation_code, metric_code, submission_id),
    foreign key (framework_code, metric_code) references metric,
    constraint metric_value_denominator_positive check (denominator is null or denominator > 0),
    constraint metric_value_ratio_complete check ((numerator is null) = (denominator is null)),
    constraint metric_value_present_when_status_value check (
        status <> 'VALUE' or value is not null or category is not null or manual_score is not null),
    constraint metric_value_empty_when_not_value check (
        status = 'VALUE' or (value is null and numerator is null and category is null and manual_score is null))
);

create index metric_value_submission_idx on metric_value (submission_id);
create index metric_value_metric_idx on metric_value (period_code, metric_code);

-- The value that counts for each organisation, metric and period: the one from the latest accepted submission.
create view current_metric_value as
select distinct on (v.period_code, v.organisation_code, v.metric_code) v.*
from metric_value v
         join submission s on s.id = v.submission_id
order by v.period_code, v.organisation_code, v.metric_code, s.decided_at desc, s.id desc;

create trigger metric_value_immutable
    before update or delete on metric_value
    for each row execute function reject_modification();

-- Inputs to a calculation decided by people: Recovery Support Programme placements and manual
-- segment overrides (methodology section 5.2), each with its justification.
create type segment_decision_kind as enum ('RECOVERY_SUPPORT', 'MANUAL_OVERRIDE');

create table segment_decision (
    id                bigint generated always as identity primary key,
    period_code       text not null references reporting_period,
    organisation_code text not null references organisation,
    kind              segment_decision_kind not null,
    segment           smallint not null check (segment between 1 and 5),
    justification     text not null check (btrim(justification) <> ''),
    decided_by        text not null,
    decided_at        timestamptz not null default now(),
    withdrawn_by      text,
    withdrawn_at      timestamptz,
    constraint segment_decision_rsp_is_five check (kind <> 'RECOVERY_SUPPORT' or segment = 5)
);

create unique index segment_decision_one_active on segment_decision (period_code, organisation_code, kind)
    where withdrawn_at is null;

create type calculation_status as enum ('DRAFT', 'DISCARDED', 'PUBLISHED');

-- One computed league table of a period: a draft preview until it is published.
create table calculation (
    id              bigint generated always as identity primary key,
    period_code     text not null,
    league          league not null,
    framework_code  text not null references framework_version,
    status          calculation_status not null default 'DRAFT',
    computed_at     timestamptz not null default now(),
    computed_by     text not null,
    engine_version  text not null,
    input_digest    text not null check (input_digest ~ '^[0-9a-f]{64}$'),
    output_digest   text not null check (output_digest ~ '^[0-9a-f]{64}$'),
    discarded_by    text,
    discarded_at    timestamptz,
    discard_reason  text,
    foreign key (period_code, league) references period_league,
    constraint calculation_discard_has_reason check (status <> 'DISCARDED' or btrim(discard_reason) <> '')
);

create index calculation_period_idx on calculation (period_code, league, computed_at desc);

create table organisation_result (
    calculation_id           bigint not null references calculation,
    organisation_code        text not null references organisation,
    average_score            numeric(4, 2) check (average_score between 1 and 4),
    scored_item_count        smallint not null check (scored_item_count >= 0),
    not_segmented_reason     text,
    score_segment            smallint check (score_segment between 1 and 4),
    final_segment            smallint check (final_segment between 1 and 5),
    league_rank              integer check (league_rank > 0),
    score_rank               integer check (score_rank > 0),
    score_interval_low       numeric(4, 2),
    score_interval_high      numeric(4, 2),
    rank_interval_low        integer,
    rank_interval_high       integer,
    distance_to_next_segment numeric(4, 2),
    in_deficit               boolean not null default false,
    recovery_support         boolean not null default false,
    segment_change           smallint,
    rank_change              integer,
    explanation              jsonb not null,
    primary key (calculation_id, organisation_code),
    constraint organisation_result_segmented_or_reason check (
        (final_segment is null) = (not_segmented_reason is not null))
);

create index organisation_result_segment_idx on organisation_result (calculation_id, final_segment, league_rank);
create index organisation_result_organisation_idx on organisation_result (organisation_code);

create table metric_result (
    calculation_id    bigint not null references calculation,
    organisation_code text not null,
    metric_code       text not null,
    value             numeric,
    category          text,
    score             double precision check (score between 1 and 4),
    metric_rank       integer check (metric_rank > 0),
    explanation       text not null,
    primary key (calculation_id, organisation_code, metric_code),
    foreign key (calculation_id, organisation_code) references organisation_result
);

create table metric_statistics (
    calculation_id bigint not null references calculation,
    metric_code    text not null,
    peer_count     integer not null check (peer_count >= 0),
    best           numeric,
    worst          numeric,
    median         numeric,
    lower_quartile numeric,
    upper_quartile numeric,
    primary key (calculation_id, metric_code)
);

create table domain_result (
    calculation_id    bigint not null references calculation,
    organisation_code text not null,
    domain            metric_domain not null,
    score             numeric(4, 2) not null check (score between 1 and 4),
    primary key (calculation_id, organisation_code, domain),
    foreign key (calculation_id, organisation_code) references organisation_result
);

create type adjustment_kind as enum ('FINANCIAL_OVERRIDE', 'RECOVERY_SUPPORT', 'MANUAL_OVERRIDE');

create table result_adjustment (
    calculation_id    bigint not null references calculation,
    organisation_code text not null,
    sequence_no       smallint not null check (sequence_no > 0),
    kind              adjustment_kind not null,
    from_segment      smallint not null check (from_segment between 1 and 5),
    to_segment        smallint not null check (to_segment between 1 and 5),
    reason            text not null check (btrim(reason) <> ''),
    primary key (calculation_id, organisation_code, sequence_no),
    foreign key (calculation_id, organisation_code) references organisation_result
);

-- A publication is one revision of one league table of one period. Revision 1 is the quarterly
-- publication; later revisions are corrections with a mandatory reason. Four eyes: whoever
-- prepared it cannot approve it.
create table publication (
    id                bigint generated always as identity primary key,
    period_code       text not null,
    league            league not null,
    revision          smallint not null check (revision > 0),
    calculation_id    bigint not null unique references calculation,
    prepared_by       text not null,
    prepared_at       timestamptz not null,
    approved_by       text not null,
    approved_at       timestamptz not null,
    published_at      timestamptz not null default now(),
    input_digest      text not null check (input_digest ~ '^[0-9a-f]{64}$'),
    output_digest     text not null check (output_digest ~ '^[0-9a-f]{64}$'),
    correction_reason text,
    unique (period_code, league, revision),
    foreign key (period_code, league) references period_league,
    constraint publication_four_eyes check (approved_by <> prepared_by),
    constraint publication_correction_has_reason check (revision = 1 or btrim(correction_reason) <> ''),
    constraint publication_approved_after_prepared check (approved_at >= prepared_at)
);

create trigger publication_immutable
    before update or delete on publication
    for each row execute function reject_modification();
