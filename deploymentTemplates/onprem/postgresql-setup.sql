-- Run once as the postgres superuser:  sudo -u postgres psql -v password="'CHANGE-ME'" -f postgresql-setup.sql
-- A login role owning one database; the service creates and migrates its tables at start (any number of instances).
CREATE ROLE internaltthc LOGIN PASSWORD :password;
CREATE DATABASE internaltthc OWNER internaltthc ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE internaltthc FROM PUBLIC;
\connect internaltthc
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT ALL ON SCHEMA public TO internaltthc;
