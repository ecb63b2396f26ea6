"""Search's own data: editors' synonyms, the recorded queries' result counts
and the stored spelling vocabulary."""

from django.db import connection, models, transaction
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from .text import looks_personal, parse_phrases, recordable_form

# Query.add_hit reads the day's row, then updates it (two statements, and
# two visitors can both create it); an upsert does it in one. PostgreSQL and
# SQLite share the syntax.
ADD_HIT_SQL = (
    "INSERT INTO {table} ({query}, {date}, {hits}) VALUES (%s, %s, 1)"
    " ON CONFLICT ({query}, {date}) DO UPDATE SET {hits} = {table}.{hits} + 1"
)


class Synonym(models.Model):
    """Lay words and the medical terms they stand for.

    Every phrase in a row is treated as equal: a search for any of them also
    finds pages that use another. Expansion happens when the query is built, so
    an edit here takes effect at once without rebuilding the index.
    """

    term = models.CharField(
        max_length=100,
        unique=True,
        help_text="The word visitors type, e.g. 'balding'. Shown in the A-Z list.",
    )
    equivalents = models.TextField(
        help_text="Words or phrases that mean the same, separated by commas or new "
        "lines, e.g. 'androgenetic alopecia, male pattern hair loss'.",
    )
    condition = models.ForeignKey(
        "treatments.Condition",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Optional: the condition this word stands for in the A-Z list.",
    )
    treatment = models.ForeignKey(
        "treatments.TreatmentPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Optional: the treatment this word stands for in the A-Z list.",
    )
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldPanel("term"),
        FieldPanel("equivalents"),
        MultiFieldPanel(
            [FieldPanel("condition"), PageChooserPanel("treatment")],
            heading="A-Z list target (optional)",
        ),
    ]

    class Meta:
        ordering = ["term"]
        verbose_name = "synonym"

    def __str__(self):
        return self.term

    @property
    def phrases(self):
        """The term and its equivalents, normalised, term first."""
        return parse_phrases(f"{self.term}\n{self.equivalents}")


class QueryResultCount(models.Model):
    """How many results a recorded query found the last time it ran.

    Wagtail's Query and QueryDailyHits keep the hits; this keeps what they do
    not, so the report can list zero-result queries first.
    """

    query = models.OneToOneField(
        "wagtailsearchpromotions.Query",
        on_delete=models.CASCADE,
        related_name="result_count",
    )
    results = models.PositiveIntegerField(default=0)
    last_searched_at = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = "query result count"

    def __str__(self):
        return f"{self.query}: {self.results}"

    @classmethod
    def record(cls, text, words, total):
        """Count a hit for the normalised query and remember its result count,
        in one transaction. Queries that look like an email address or a phone
        number are not kept."""
        if not words or looks_personal(text):
            return None
        with transaction.atomic():  # one commit for the three writes
            query, _ = Query.objects.get_or_create(
                query_string=recordable_form(words)[:255]
            )
            add_hit(query)
            cls.objects.bulk_create(
                [cls(query=query, results=total, last_searched_at=timezone.now())],
                update_conflicts=True,
                unique_fields=["query"],
                update_fields=["results", "last_searched_at"],
            )
        return query


class SiteVocabulary(models.Model):
    """The words of a site's live, public page titles, for spelling
    suggestions (search.vocabulary). Derived data: rebuilt whenever `state`
    no longer describes the site's pages."""

    site = models.OneToOneField(
        "wagtailcore.Site", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    state = models.CharField(max_length=100)
    # The content version (search.caching) `state` was last checked under.
    version = models.CharField(max_length=32, blank=True)
    words = models.TextField(blank=True)

    class Meta:
        verbose_name_plural = "site vocabularies"


def add_hit(query):
    """Wagtail's daily hit count of `query`, one more today (ADD_HIT_SQL)."""
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
