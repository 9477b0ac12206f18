-- No one person can publish (#15 items 2, 9): new accounts choose their own password through a one-time
-- activation link, a publication role (PREPARER, APPROVER, ADMIN) is granted only when a second administrator
-- confirms another's proposal, and whoever created an account, granted its roles or issued its tokens is known, so
-- that they cannot approve its work.

-- Who created the account (null for accounts created before this was recorded); true for accounts that sign in
-- only through the OIDC provider, which never get a password, so no activation link can take them over.
alter table app_user add column created_by text;
alter table app_user add column oidc_only boolean not null default false;
update app_user set oidc_only = true where password_hash is null;
alter table app_user add constraint app_user_oidc_only_has_no_password
    check (not (oidc_only and password_hash is not null));

-- One activation link per account, stored as the SHA-256 of its token (the token is shown once, to the creating
-- administrator); used once, and only before it expires.
create table account_activation (
    username     text primary key references app_user on delete cascade,
    token_sha256 text not null unique check (token_sha256 ~ '^[0-9a-f]{64}$'),
    issued_by    text not null,
    issued_at    timestamptz not null default now(),
    expires_at   timestamptz not null,
    used_at      timestamptz,
    constraint account_activation_expiry_after_issue check (expires_at > issued_at)
);

-- A proposal to grant a publication role, decided once: confirmed by a second administrator who is neither the
-- proposer nor the grantee, declined, or withdrawn by its proposer. Decided proposals never change and none is ever
-- deleted, so they also record who had a hand in each account's roles.
create table role_proposal (
    id          bigint generated always as identity primary key,
    username    text not null references app_user,
    role        app_role not null,
    proposed_by text not null,
    proposed_at timestamptz not null default now(),
    reason      text,
    status      text not null default 'PENDING' check (status in ('PENDING', 'CONFIRMED', 'DECLINED', 'WITHDRAWN')),
    decided_by  text,
    decided_at  timestamptz,
    constraint role_proposal_not_for_oneself check (proposed_by <> username),
    constraint role_proposal_decided check ((status = 'PENDING') = (decided_by is null and decided_at is null)),
    constraint role_proposal_four_eyes check (status <> 'CONFIRMED' or (decided_by <> proposed_by and decided_by <> username)),
    constraint role_proposal_withdrawn_by_proposer check (status <> 'WITHDRAWN' or decided_by = proposed_by)
);

create unique index role_proposal_one_pending on role_proposal (username, role) where status = 'PENDING';
create index role_proposal_username_idx on role_proposal (username);

create function role_proposal_decided_once() returns trigger language plpgsql as $$
begin
    if old.status <> 'PENDING' or new.username <> old.username or new.role <> old.role
            or new.proposed_by <> old.proposed_by or new.proposed_at <> old.proposed_at then
        raise exception 'role_proposal % is decided or its proposal changed: UPDATE rejected', old.id
            using errcode = 'restrict_violation';
    end if;
    return new;
end $$;

create trigger role_proposal_decided_once
    before update on role_proposal
    for each row execute function role_proposal_decided_once();

create trigger role_proposal_no_delete
    before delete on role_proposal
    for each row execute function reject_modification();

-- Who issued and who revoked each API token, for the token list and the separation of duties.
alter table api_token add column issued_by text;
alter table api_token add column revoked_by text;
