-- Who created each project: the project officer's account id from the verified token (issue 3).
-- Nullable only because projects stored before accounts were enforced have no known creator;
-- CreateProjectService always sets it. Kept out of the public API (staff account ids stay private).
alter table project add column created_by text;
