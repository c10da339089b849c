-- Talent Bank areas are kept by staff on the catalogue page (the offer's areas changed between the framework's
-- years; a fresh install could not add one without SQL). An area is added or renamed, never deleted: services,
-- associates, targets and measures name it by its id, which a rename keeps.
grant insert, update on talent_bank_area to eelga_app;
-- Two staff adding "Digital" and "digital" at once would otherwise both succeed.
create unique index talent_bank_area_name_folded on talent_bank_area (lower(name));
