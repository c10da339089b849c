-- The audit log names the person who acted ("Sam Staff accepted ..."), not only their email address: the name
-- their sign-in carried when they acted. Entries written before this column show the name the platform knows
-- for that address (council_user) or the address itself.
alter table audit_event add column actor_name text check (actor_name is null or length(actor_name) between 1 and 200);
