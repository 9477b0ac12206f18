-- A submission belongs to the organisation its uploader was tied to when it was made (null: a national submission by
-- NHS England staff). An account tied to an organisation sees only that organisation's submissions.
alter table submission add column organisation_code text references organisation;

comment on column submission.organisation_code is
    'The organisation whose account made the submission (null: national); accounts tied to an organisation see only its submissions.';

update submission s
set organisation_code = u.organisation_code
from app_user u
where u.username = s.uploaded_by and u.organisation_code is not null;

create index submission_organisation_idx on submission (organisation_code, uploaded_at desc);

-- Four eyes on data entry: whoever uploaded a submission cannot also accept it. Submissions accepted before this rule
-- are left as they were (not valid), every new decision is checked.
alter table submission add constraint submission_accepted_by_another_person
    check (status <> 'ACCEPTED' or decided_by is distinct from uploaded_by) not valid;
