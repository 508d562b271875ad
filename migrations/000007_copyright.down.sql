DROP TABLE IF EXISTS work_licenses;
DROP TABLE IF EXISTS works;
DROP TABLE IF EXISTS copyright_catalogs;
