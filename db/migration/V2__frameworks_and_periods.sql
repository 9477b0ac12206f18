-- Framework versions (NHS Oversight Framework), their metric catalogue and scoring parameters,
-- and the reporting periods assessed under them. Everything the methodology calls a parameter
-- lives here as data (methodology section 1).

create type segment_method as enum ('QUARTILE', 'THRESHOLDS');

create type scoring_method as enum ('CONTINUOUS', 'RANKED', 'THRESHOLD', 'CATEGORY', 'MANUAL');

create type metric_direction as enum ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER');

create type metric_unit as enum ('PERCENT', 'PERCENTAGE_POINTS', 'COUNT', 'RATE', 'SCORE', 'DAYS', 'MINUTES', 'INDEX', 'CATEGORY');

create type metric_basis as enum ('LATEST_MONTH', 'QUARTER', 'ROLLING_12_MONTHS', 'YEAR_TO_DATE', 'ANNUAL', 'PREVIOUS_QUARTER');

create type metric_domain as enum ('ACCESS_TO_SERVICES', 'EFFECTIVENESS_AND_EXPERIENCE', 'PATIENT_SAFETY', 'PEOPLE_AND_WORKFORCE', 'FINANCE_AND_PRODUCTIVITY');

create table framework_version (
    code                           text primary key check (code ~ '^NOF-[0-9]{4}/[0-9]{2}$'),
    name                           text not null check (btrim(name) <> ''),
    financial_year                 text not null unique check (financial_year ~ '^[0-9]{4}/[0-9]{2}$'),
    segment_method                 segment_method not null,
    segment_threshold_1            numeric(4, 2),
    segment_threshold_2            numeric(4, 2),
    segment_threshold_3            numeric(4, 2),
    minimum_coverage               numeric(3, 2) not null default 0.50 check (minimum_coverage > 0 and minimum_coverage <= 1),
    financial_override_max_segment smallint not null default 3 check (financial_override_max_segment between 1 and 4),
    deficit_metric_code            text,
    bootstrap_replicates           integer not null default 1000 check (bootstrap_replicates >= 1000),
    bootstrap_seed                 bigint not null,
    source                         text not null,
    notes                          text,
    constraint framework_thresholds_when_needed check (
        segment_method <> 'THRESHOLDS'
        or (segment_threshold_1 is not null and segment_threshold_2 is not null and segment_threshold_3 is not null
            and 1 <= segment_threshold_1 and segment_threshold_1 < segment_threshold_2
            and segment_threshold_2 < segment_threshold_3 and segment_threshold_3 <= 4))
);

comment on table framework_version is 'One version of the NHS Oversight Framework: its scoring parameters; metrics hang off it.';

create table framework_league (
    framework_code text not null references framework_version,
    league         league not null,
    primary key (framework_code, league)
);

comment on table framework_league is 'The leagues a framework version publishes tables for (ICB only from 2026/27).';

-- A scored item is what the average metric score averages: one metric's score, or a composite
-- such as 2025/26 "combined finance" (the mean of two finance metrics' scores; methodology section 3).
create table scored_item (
    framework_code text not null references framework_version,
    code           text not null check (code ~ '^OF[0-9]{4}$'),
    name           text not null,
    domain         metric_domain not null,
    sub_domain     text,
    is_composite   boolean not null,
    primary key (framework_code, code)
);

create table metric (
    framework_code       text not null references framework_version,
    code                 text not null check (code ~ '^OF[0-9]{4}$'),
    -- null for a contextual metric: collected and shown, never counted in the average
    scored_item_code     text,
    name                 text not null check (btrim(name) <> ''),
    domain               metric_domain not null,
    sub_domain           text,
    unit                 metric_unit not null,
    direction            metric_direction not null,
    basis                metric_basis not null,
    basis_note           text,
    scoring_method       scoring_method not null,
    valid_min            numeric,
    valid_max            numeric,
    ratio_multiplier     numeric check (ratio_multiplier > 0),
    cap_lower_percentile numeric(5, 2) check (cap_lower_percentile between 0 and 100),
    cap_upper_percentile numeric(5, 2) check (cap_upper_percentile between 0 and 100),
    mandatory            boolean not null default true,
    source               text not null,
    assumption           text,
    primary key (framework_code, code),
    foreign key (framework_code, scored_item_code) references scored_item,
    constraint metric_valid_range check (valid_min is null or valid_max is null or valid_min < valid_max),
    constraint metric_caps_ordered check (cap_lower_percentile is null or cap_upper_percentile is null or cap_lower_percentile < cap_upper_percentile)
);

comment on column metric.assumption is 'Empty when the definition is confirmed by the cited source; otherwise what was chosen and why.';

alter table framework_version
    add constraint framework_deficit_metric_fk foreign key (code, deficit_metric_code) references metric (framework_code, code)
        deferrable initially deferred;

create table metric_league (
    framework_code text not null,
    metric_code    text not null,
    league         league not null,
    primary key (framework_code, metric_code, league),
    foreign key (framework_code, metric_code) references metric,
    foreign key (framework_code, league) references framework_league
);

create index metric_league_by_league_idx on metric_league (framework_code, league);

-- THRESHOLD scoring: value at or beyond the bound (by direction) earns the score; worse than the
-- score-3 bound earns 4.
create table metric_threshold (
    framework_code text not null,
    metric_code    text not null,
    score          smallint not null check (score between 1 and 3),
    bound          numeric not null,
    inclusive      boolean not null,
    primary key (framework_code, metric_code, score),
    foreign key (framework_code, metric_code) references metric
);

create table metric_category (
    framework_code text not null,
    metric_code    text not null,
    category       text not null check (btrim(category) <> ''),
    score          numeric(3, 2) not null check (score between 1 and 4),
    primary key (framework_code, metric_code, category),
    foreign key (framework_code, metric_code) references metric
);

create type period_status as enum ('OPEN', 'DATA_LOCKED', 'CALCULATED', 'APPROVED', 'PUBLISHED');

create table reporting_period (
    code                 text primary key check (code ~ '^[0-9]{4}/[0-9]{2} Q[1-4]$'),
    financial_year_start smallint not null check (financial_year_start between 2000 and 2100),
    quarter              smallint not null check (quarter between 1 and 4),
    start_date           date not null,
    end_date             date not null,
    framework_code       text not null references framework_version,
    unique (financial_year_start, quarter),
    constraint period_code_matches check (
        code = financial_year_start || '/' || lpad(((financial_year_start + 1) % 100)::text, 2, '0') || ' Q' || quarter),
    constraint period_dates_match check (
        start_date = make_date(financial_year_start, 4, 1) + make_interval(months => 3 * (quarter - 1))
        and end_date = (start_date + interval '3 months' - interval '1 day')::date)
);

comment on table reporting_period is 'A financial-year quarter (2025/26 Q1 = April to June 2025), assessed under one framework version.';

-- The life cycle runs per league: each league of a period is locked, calculated, approved and
-- published on its own (version column: optimistic locking of concurrent workflow actions).
create table period_league (
    period_code    text not null references reporting_period,
    league         league not null,
    status         period_status not null default 'OPEN',
    version        integer not null default 0,
    status_changed_at timestamptz not null default now(),
    status_changed_by text,
    primary key (period_code, league)
);
