-- The latest published revision of each period's league table: what clients get when they do not ask for a
-- revision, and what movement, history and rankings read.
create view latest_publication as
select distinct on (period_code, league) *
from publication
order by period_code, league, revision desc;

comment on view latest_publication is 'The latest revision of each published league table.';
