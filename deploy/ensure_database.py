"""Create the database DATABASE_URL names if PostgreSQL does not have it yet."""

import os

import dj_database_url
import psycopg2
from psycopg2 import sql


def main():
    config = dj_database_url.parse(os.environ["DATABASE_URL"])
    if config["ENGINE"] != "django.db.backends.postgresql":
        print(f"{config['ENGINE']}: nothing to create")
        return
    server = psycopg2.connect(
        dbname="postgres",
        user=config["USER"] or None,
        password=config["PASSWORD"] or None,
        host=config["HOST"] or None,
        port=config["PORT"] or None,
    )
    server.autocommit = True
    with server.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [config["NAME"]])
        if cursor.fetchone():
            print(f"{config['NAME']} exists")
            return
        name = sql.Identifier(config["NAME"])
        cursor.execute(sql.SQL("CREATE DATABASE {}").format(name))
        print(f"{config['NAME']} created")


if __name__ == "__main__":
    main()
