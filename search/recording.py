"""Recording queries for the editors' reports, without personal data."""

from django.db import transaction
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query

from .models import QueryResultCount
from .privacy import looks_personal, recordable_form


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
    query.add_hit()
    QueryResultCount.objects.update_or_create(
        query=query,
        defaults={"results": total, "last_searched_at": timezone.now()},
    )
    return query
