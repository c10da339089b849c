-- Correcting a meeting or event (MeetingPlanner.correct): its time may change only while no attendance is recorded
-- for it (expected seats follow the meeting's date, as memberships are dated), and an event may not be moved to
-- before a delegate registered for it. Staff have no council bound, so row-level security hides every council's
-- attendance and registrations from them; this says only whether any attendance line exists and when the latest
-- registration was made (never whose), as the schema owner, whose read policies V013 made for such functions.
create function engagement_meeting_correction_bounds(p_meeting bigint)
    returns table (attendance_recorded boolean, last_registered_at timestamptz)
    language sql stable security definer set search_path = public, pg_temp
as $$
    select exists (select 1 from attendance where meeting_id = p_meeting),
           (select max(registered_at) from event_registration where meeting_id = p_meeting)
$$;
revoke execute on function engagement_meeting_correction_bounds(bigint) from public;
grant execute on function engagement_meeting_correction_bounds(bigint) to eelga_app;
