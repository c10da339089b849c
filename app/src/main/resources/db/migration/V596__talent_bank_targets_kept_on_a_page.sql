-- Talent Bank gross-profit targets are kept by staff on a page (a fresh install could not set one without SQL);
-- a target set in error can be removed, so the platform may delete one.
grant delete on talent_bank_target to eelga_app;
