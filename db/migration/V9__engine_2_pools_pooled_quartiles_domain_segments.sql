-- Engine 2: the rules that reproduce NHS England's published NOF 2025/26 trust data (methodology sections 3-6),
-- each a parameter of the framework version, and what a calculation records of them.

alter type segment_method add value 'POOLED_QUARTILES';
alter type scoring_method add value 'TARGET_THEN_RANKED';

-- NHS England applies no minimum coverage in 2025/26: zero means none.
alter table framework_version drop constraint framework_version_minimum_coverage_check;
alter table framework_version add constraint framework_version_minimum_coverage_check
    check (minimum_coverage >= 0 and minimum_coverage <= 1);

-- Recovery Support Programme as NHS England publishes it: the public segment and rank are kept, flagged, and
-- segment 5 is the intensive-support outcome; false moves the organisation to segment 5.
alter table framework_version add column recovery_support_keeps_segment boolean not null default false;

alter table metric
    -- LEAGUE, ALL (every league scored together) or LEAGUES:A+B (a named union)
    add column peer_pool text not null default 'LEAGUE'
        check (peer_pool ~ '^(LEAGUE|ALL|LEAGUES:[A-Z_]+(\+[A-Z_]+)+)$'),
    -- the RANKED position of tied values: FIRST (competition ranking) or MEAN
    add column tie_position text not null default 'MEAN' check (tie_position in ('FIRST', 'MEAN')),
    -- TARGET_THEN_RANKED: the standard, whether equal meets it, and the score ranges of each group
    add column target_standard numeric,
    add column target_inclusive boolean,
    add column meeting_best numeric(3, 2) check (meeting_best between 1 and 4),
    add column meeting_worst numeric(3, 2) check (meeting_worst between 1 and 4),
    add column missing_best numeric(3, 2) check (missing_best between 1 and 4),
    add column missing_worst numeric(3, 2) check (missing_worst between 1 and 4),
    -- what of the metric's rule is an assumption, shown with every explanation of its scores
    add column caveat text check (caveat is null or btrim(caveat) <> ''),
    add constraint metric_target_complete check (
        (target_standard is null) = (target_inclusive is null)
        and (target_standard is null) = (meeting_best is null)
        and (target_standard is null) = (meeting_worst is null)
        and (target_standard is null) = (missing_best is null)
        and (target_standard is null) = (missing_worst is null)),
    add constraint metric_target_ranges_ordered check (
        target_standard is null
        or (meeting_best <= meeting_worst and missing_best <= missing_worst and meeting_worst <= missing_best));

-- A composite item's combination: the mean of its members, or a table from their whole scores (combined finance).
alter table scored_item
    add column combination text not null default 'MEAN' check (combination in ('MEAN', 'TABLE')),
    add column combination_members text[],
    add constraint scored_item_table_has_members check (
        combination = 'MEAN' or cardinality(combination_members) >= 2);

create table item_combination_score (
    framework_code text not null,
    item_code      text not null,
    -- the members' whole scores in combination_members order, e.g. '1|4'
    member_scores  text not null check (member_scores ~ '^[1-4](\|[1-4])+$'),
    score          numeric(3, 2) not null check (score between 1 and 4),
    -- where the cell comes from: the published rows it reproduces, or an assumption
    evidence       text not null check (btrim(evidence) <> ''),
    primary key (framework_code, item_code, member_scores),
    foreign key (framework_code, item_code) references scored_item
);

-- What a calculation used: its segment method and cut-offs (the quarter's, pooled over the leagues scored together
-- under POOLED_QUARTILES), the leagues scored with it, each domain's cut-offs and each metric's peer pool.
alter table calculation
    add column segment_method text,
    add column cut_off_1 numeric(6, 4),
    add column cut_off_2 numeric(6, 4),
    add column cut_off_3 numeric(6, 4),
    add column scored_with league[],
    add constraint calculation_cut_offs_complete check (
        (cut_off_1 is null) = (cut_off_2 is null) and (cut_off_2 is null) = (cut_off_3 is null)),
    add constraint calculation_cut_offs_ordered check (cut_off_1 <= cut_off_2 and cut_off_2 <= cut_off_3);

create table calculation_domain_cut_off (
    calculation_id bigint not null references calculation,
    domain         metric_domain not null,
    cut_off_1      numeric(6, 4) not null,
    cut_off_2      numeric(6, 4) not null,
    cut_off_3      numeric(6, 4) not null,
    primary key (calculation_id, domain),
    check (cut_off_1 <= cut_off_2 and cut_off_2 <= cut_off_3)
);

create trigger calculation_domain_cut_off_published_is_immutable
    before insert or update or delete on calculation_domain_cut_off
    for each row execute function reject_change_to_published_result();

alter table metric_statistics add column peer_pool text not null default 'LEAGUE';

alter table domain_result add column segment smallint check (segment between 1 and 4);

-- NHS England's "final segment score override" (OF5005): 5 for an organisation in the Recovery Support Programme.
alter table organisation_result add column support_segment smallint check (support_segment between 1 and 5);
