"""Recording queries for the editors' reports, without personal data."""

from django.db import connection, transaction
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from .models import QueryResultCount
from .privacy import looks_personal, recordable_form

# Query.add_hit reads the day's row, then updates it (two statements, and
# two visitors can both create it); an upsert does it in one. PostgreSQL and
# SQLite share the syntax.
ADD_HIT_SQL = (
    "INSERT INTO {table} ({query}, {date}, {hits}) VALUES (%s, %s, 1)"
    " ON CONFLICT ({query}, {date}) DO UPDATE SET {hits} = {table}.{hits} + 1"
)


def record_query(text, words, total):
    """Count a hit for the normalised query and remember its result count.

    Queries that look like an email address or a phone number are not kept.
    """
    if not words or looks_personal(text):
        return None
    with transaction.atomic():  # one commit for the three writes
        return _record(words, total)


def _record(words, total):
    query, _ = Query.objects.get_or_create(query_string=recordable_form(words)[:255])
    add_hit(query)
    QueryResultCount.objects.bulk_create(
        [QueryResultCount(query=query, results=total, last_searched_at=timezone.now())],
        update_conflicts=True,
        unique_fields=["query"],
        update_fields=["results", "last_searched_at"],
    )
    return query


def add_hit(query):
    meta = QueryDailyHits._meta
    quote = connection.ops.quote_name
    sql = ADD_HIT_SQL.format(
        table=quote(meta.db_table),
        query=quote(meta.get_field("query").column),
        date=quote(meta.get_field("date").column),
        hits=quote(meta.get_field("hits").column),
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [query.pk, timezone.now().date()])
