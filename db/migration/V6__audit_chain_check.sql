-- Every audit entry with the hash recomputed from its content exactly as the chaining trigger computed it, in chain
-- order, so that a verifier can compare stored and recomputed hashes and follow the links.
create function audit_chain_entries()
    returns table (id bigint, previous_hash text, hash text, recomputed_hash text)
    language sql stable as $$
    select e.id, e.previous_hash, e.hash, encode(sha256(convert_to(audit_event_canonical(e), 'UTF8')), 'hex')
    from audit_event e
    order by e.id
$$;
