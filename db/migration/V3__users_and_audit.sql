-- Users, roles, API tokens and the append-only, hash-chained audit log.

create type app_role as enum ('SUBMITTER', 'PREPARER', 'APPROVER', 'AUDITOR', 'ADMIN');

create table app_user (
    username          text primary key check (username ~ '^[a-z0-9._@-]{3,64}$'),
    display_name      text not null check (btrim(display_name) <> ''),
    email             text check (email ~ '^[^@\s]+@[^@\s]+$'),
    -- null for users who sign in through OIDC only
    password_hash     text,
    organisation_code text references organisation,
    enabled           boolean not null default true,
    created_at        timestamptz not null default now()
);

create table app_user_role (
    username   text not null references app_user on delete cascade,
    role       app_role not null,
    granted_by text,
    granted_at timestamptz not null default now(),
    primary key (username, role)
);

create table api_token (
    id                bigint generated always as identity primary key,
    name              text not null check (btrim(name) <> ''),
    -- only the SHA-256 of the token is stored; the token itself is shown once
    token_sha256      text not null unique check (token_sha256 ~ '^[0-9a-f]{64}$'),
    username          text not null references app_user,
    organisation_code text references organisation,
    created_at        timestamptz not null default now(),
    expires_at        timestamptz,
    revoked_at        timestamptz,
    constraint api_token_expiry_after_creation check (expires_at is null or expires_at > created_at)
);

create table audit_event (
    -- assigned by the chaining trigger under its lock: gapless, and in chain order
    id                bigint primary key,
    occurred_at       timestamptz not null default clock_timestamp(),
    actor             text not null,
    action            text not null check (action ~ '^[A-Z][A-Z_]*$'),
    entity_type       text,
    entity_id         text,
    period_code       text,
    league            league,
    organisation_code text,
    before_state      jsonb,
    after_state       jsonb,
    reason            text,
    previous_hash     text not null,
    hash              text not null unique
);

comment on table audit_event is 'Append-only audit log. Each entry carries the SHA-256 of its content chained to the previous entry''s hash.';

create index audit_event_actor_idx on audit_event (actor, occurred_at);
create index audit_event_action_idx on audit_event (action, occurred_at);
create index audit_event_period_idx on audit_event (period_code, league);
create index audit_event_organisation_idx on audit_event (organisation_code);
create index audit_event_time_idx on audit_event (occurred_at);

-- The canonical text that is hashed; the verification recomputes exactly this.
create function audit_event_canonical(e audit_event) returns text language sql immutable as $$
    select concat_ws('|',
        e.id::text, to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), e.actor, e.action,
        coalesce(e.entity_type, ''), coalesce(e.entity_id, ''), coalesce(e.period_code, ''),
        coalesce(e.league::text, ''), coalesce(e.organisation_code, ''),
        coalesce(e.before_state::text, ''), coalesce(e.after_state::text, ''), coalesce(e.reason, ''),
        e.previous_hash)
$$;

-- Chaining happens in the database so that no writer can skip it; the advisory lock serialises
-- writers so that each entry links to the one committed before it.
create function audit_event_chain() returns trigger language plpgsql as $$
declare
    last audit_event;
begin
    perform pg_advisory_xact_lock(hashtext('audit_event_chain'));
    select * into last from audit_event order by id desc limit 1;
    new.id := coalesce(last.id, 0) + 1;
    new.previous_hash := coalesce(last.hash, repeat('0', 64));
    new.occurred_at := clock_timestamp();
    new.hash := encode(sha256(convert_to(audit_event_canonical(new), 'UTF8')), 'hex');
    return new;
end $$;

create trigger audit_event_chain
    before insert on audit_event
    for each row execute function audit_event_chain();

create function reject_modification() returns trigger language plpgsql as $$
begin
    raise exception '% rows are immutable: % rejected', tg_table_name, tg_op
        using errcode = 'restrict_violation';
end $$;

create trigger audit_event_append_only
    before update or delete on audit_event
    for each row execute function reject_modification();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function reject_modification();
