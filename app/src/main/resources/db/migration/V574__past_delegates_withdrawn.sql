-- A coaching delegate entered from a paper register in error (the wrong session, entered twice) is withdrawn: the
-- booking is cancelled, so its place is free again and no figure counts it, and it says who withdrew it and why.
-- Only entered bookings are withdrawn this way; a council cancels its own bookings.
alter table coaching_booking
    add column withdrawn_by     text check (length(withdrawn_by) <= 200),
    add column withdrawn_reason text check (length(withdrawn_reason) between 1 and 500),
    add constraint coaching_booking_withdrawn_whole
        check ((withdrawn_by is null) = (withdrawn_reason is null)
               and (withdrawn_by is null or (entered_by is not null and status = 'CANCELLED'
                                             and cancelled_at is not null)));
