"""Check sentences read from stdin with the claims checker, one JSON line each."""

import dataclasses
import json
import sys

from django.core.management.base import BaseCommand, CommandError

from publishing.acknowledgements import site_phrases_for
from publishing.claim_fields import claims_context, page_field_units
from publishing.claim_text import article_from_fields
from publishing.claims import Context, check_text
from treatments.models import TreatmentPage
from treatments.sites import default_site


class Command(BaseCommand):
    stealth_options = ("stdin",)  # tests pass their own input
    help = (
        "Read sentences from stdin, one per line, and write one JSON line per "
        'input line: {"text": ..., "findings": [{"rule", "phrase", "advice"}]}. '
        "--page SLUG checks them as if on that treatment page: its regulatory "
        "status, its topic and the products it names."
    )

    def add_arguments(self, parser):
        parser.add_argument("--page", metavar="SLUG", help="a treatment page's slug")

    def handle(self, *args, page=None, **options):
        context, site = self.context_for(page)
        phrases = site_phrases_for(site)
        stdin = options.get("stdin") or sys.stdin
        for line in stdin:
            text = line.rstrip("\r\n")
            findings = check_text(text, context, site_phrases=phrases)
            result = {
                "text": text,
                "findings": [
                    {"rule": f.rule, "phrase": f.phrase, "advice": f.advice}
                    for f in findings
                ],
            }
            self.stdout.write(json.dumps(result, ensure_ascii=False))

    def context_for(self, slug):
        if not slug:
            return Context(), default_site()
        page = TreatmentPage.objects.filter(slug=slug).first()
        if page is None:
            raise CommandError(f"No treatment page has the slug “{slug}”.")
        article = article_from_fields(
            page.title, page.summary, page.regulatory_status, page.body
        )
        units = (*article.units, *page_field_units(page))
        context = claims_context(dataclasses.replace(article, units=units))
        return context, page.get_site()
