-- Keys and anchors the audit chain. The SHA-256 chain of V3 proves only that entries are consistent with each other:
-- whoever can write the database can rewrite the tail and hash it again. Each entry is now also sealed by the
-- application with an HMAC-SHA256 under a key kept outside the database (the seal records which key), and checkpoints
-- record the chain head with a MAC, at each publication and whenever an auditor exports one to keep outside.

-- Where keying began: entries before it were written before seals existed and are reported as such, every entry
-- from it on must be sealed. Written once, here.
create table audit_keying (
    only_row             boolean primary key default true check (only_row),
    first_keyed_event_id bigint not null check (first_keyed_event_id > 0),
    keyed_at             timestamptz not null default now()
);

insert into audit_keying (first_keyed_event_id)
select coalesce(max(id), 0) + 1 from audit_event;

comment on table audit_keying is 'Append-only. The first audit entry that must carry a seal (audit_seal); earlier entries predate keying.';

create table audit_seal (
    event_id  bigint primary key references audit_event,
    -- which configured key sealed it (league-tables.audit.*), so that keys can be rotated
    key_id    text not null check (key_id ~ '^[a-z0-9][a-z0-9._-]{0,31}$'),
    -- HMAC-SHA256 over the key id, the entry number and the entry's chained hash (AuditKeys.sealMac)
    mac       text not null check (mac ~ '^[0-9a-f]{64}$'),
    sealed_at timestamptz not null default clock_timestamp()
);

comment on table audit_seal is 'Append-only. The HMAC of each audit entry''s hash, computed by the application with a key kept outside the database.';

create table audit_checkpoint (
    id             bigint generated always as identity primary key,
    head_event_id  bigint not null references audit_event,
    head_hash      text not null check (head_hash ~ '^[0-9a-f]{64}$'),
    -- audit_keying's entry at the time, so that a rewritten keying record cannot pass sealed entries off as older
    first_keyed_event_id bigint not null,
    -- set by the application (to the microsecond) because the MAC covers it
    created_at     timestamptz not null,
    created_by     text not null,
    key_id         text not null check (key_id ~ '^[a-z0-9][a-z0-9._-]{0,31}$'),
    -- HMAC-SHA256 over the key id, head number, head hash, first keyed entry and time (AuditKeys.checkpointMac)
    mac            text not null check (mac ~ '^[0-9a-f]{64}$'),
    -- the publication whose approval this checkpoint anchors; null for a checkpoint an auditor exported
    publication_id bigint unique references publication,
    note           text
);

comment on table audit_checkpoint is 'Append-only. The audit chain head, MACed, at each publication and at each checkpoint exported for offline verification.';

create trigger audit_keying_append_only
    before update or delete on audit_keying
    for each row execute function reject_modification();

create trigger audit_keying_no_truncate
    before truncate on audit_keying
    for each statement execute function reject_modification();

create trigger audit_seal_append_only
    before update or delete on audit_seal
    for each row execute function reject_modification();

create trigger audit_seal_no_truncate
    before truncate on audit_seal
    for each statement execute function reject_modification();

create trigger audit_checkpoint_append_only
    before update or delete on audit_checkpoint
    for each row execute function reject_modification();

create trigger audit_checkpoint_no_truncate
    before truncate on audit_checkpoint
    for each statement execute function reject_modification();

-- A transaction cannot commit an audit entry without its seal: the check waits until commit because the application
-- seals an entry after the chaining trigger has given it its number and hash.
create function audit_event_require_seal() returns trigger language plpgsql as $$
begin
    if not exists (select 1 from audit_seal s where s.event_id = new.id) then
        raise exception 'audit entry % has no seal: audit entries are written by the application, which seals them', new.id
            using errcode = 'integrity_constraint_violation';
    end if;
    return null;
end $$;

create constraint trigger audit_event_sealed
    after insert on audit_event
    deferrable initially deferred
    for each row execute function audit_event_require_seal();

-- The verifier now recomputes every hash in Java (the same code verifies an exported log offline), from the same
-- canonical text as audit_event_canonical.
drop function audit_chain_entries();
