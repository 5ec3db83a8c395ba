-- Runs once, when the postgres container initialises an empty data volume:
-- one database per service (the services' Flyway migrations create their tables).
CREATE DATABASE cishan_donation;
CREATE DATABASE cishan_project;
CREATE DATABASE cishan_content;
CREATE DATABASE cishan_identity;
