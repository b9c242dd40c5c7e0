#!/bin/bash
# Run once by the MySQL image on a new database (it sources this file, which gives it
# docker_process_sql). Two accounts: the schema's owner ($MYSQL_USER), who runs the migrations and
# grants the tables to the application's own account ($MYSQL_APP_USER), which may read and write
# rows but only read and add to the audit trail. Passwords come from the environment, never from
# a command line.
set -euo pipefail

docker_process_sql --database=mysql <<-EOSQL
	GRANT ALL PRIVILEGES ON \`${MYSQL_DATABASE}\`.* TO '${MYSQL_USER}'@'%' WITH GRANT OPTION;
	CREATE USER IF NOT EXISTS '${MYSQL_APP_USER}'@'%' IDENTIFIED BY '${MYSQL_APP_PASSWORD}';
	FLUSH PRIVILEGES;
EOSQL
