"""Builds the demo site from home/demo/: site.py's fixed parts and the
Markdown articles that content.py reads through the article importer.

Idempotent: everything is looked up by a natural key (slug, name) first and
created only when missing, so a second run keeps editors' changes and never
duplicates a page.
"""

from django.db import transaction
from wagtail.models import Page, Site

import inquiries.demo
import publishing.demo
import search.demo
from treatments.models import (
    Condition,
    ConditionIndexPage,
    Doctor,
    DoctorIndexPage,
    RelatedTreatment,
    TreatmentIndexPage,
    TreatmentPage,
)
from treatments.sites import configured_address, default_site

from ..models import HomeFeaturedTreatment, HomePage, PolicyPage
from .content import load_articles
from .policies import LAST_UPDATED, POLICY_PAGES
from .site import (
    CONDITION_INDEX,
    CONDITIONS,
    DOCTOR_INDEX,
    DOCTORS,
    HOME,
    HOME_FEATURED,
    TREATMENT_INDEX,
)
from .treatment_kinds import kind_fields


class DemoBuilder:
    def __init__(self, log=print):
        self.log = log
        self.created = 0

    @transaction.atomic
    def build(self):
        home = self.ensure_home()
        self.ensure_site(home)
        conditions = self.ensure_conditions()
        doctors = self.ensure_doctors()
        index = self.ensure_section(home, TreatmentIndexPage, TREATMENT_INDEX)
        self.ensure_section(home, ConditionIndexPage, CONDITION_INDEX)
        self.ensure_section(home, DoctorIndexPage, DOCTOR_INDEX)
        articles = load_articles()
        pages = {
            article["slug"]: self.ensure_treatment(index, article, conditions, doctors)
            for article in articles
        }
        self.ensure_related_links(articles, pages)
        self.ensure_featured(home, pages)
        for data in POLICY_PAGES:
            self.ensure_section(
                home, PolicyPage, {**data, "last_updated": LAST_UPDATED}
            )
        # Each app builds its own part (synonyms, the inquiry form, the SEO
        # organisation and, once the articles are complete, their approvals).
        for app_demo in (search.demo, inquiries.demo, publishing.demo):
            self.created += app_demo.build(home, self.log)
        return self.created

    # Tree -----------------------------------------------------------------

    def ensure_home(self):
        home = HomePage.objects.first()
        if home:
            return home
        root = Page.get_first_root_node()
        # Wagtail's initial migration leaves a placeholder "Welcome" page at
        # the site root; the demo's home page takes its place.
        for placeholder in root.get_children().filter(content_type__model="page"):
            Site.objects.filter(root_page=placeholder).delete()
            placeholder.delete()
        home = HomePage(**HOME)
        root.add_child(instance=home)
        home.save_revision().publish()
        self.note(f"home page {home.url_path}")
        return home

    def ensure_site(self, home):
        site = default_site()
        if site is None:
            hostname, port = configured_address()
            Site.objects.create(
                hostname=hostname,
                port=port,
                root_page=home,
                is_default_site=True,
                site_name="Clinic Network Treatment Guide",
            )
        elif site.root_page_id != home.pk:
            site.root_page = home
            site.save()

    def ensure_section(self, home, model, data):
        """The section page of `model` under home, found by its demo slug."""
        section = model.objects.child_of(home).filter(slug=data["slug"]).first()
        if section:
            return section
        section = model(**data)
        home.add_child(instance=section)
        section.save_revision().publish()
        self.note(f"{model._meta.verbose_name} {section.url_path}")
        return section

    # Snippets ---------------------------------------------------------------

    def ensure_conditions(self):
        conditions = {}
        for data in CONDITIONS:
            condition, created = Condition.objects.get_or_create(
                slug=data["slug"], defaults=data
            )
            conditions[data["slug"]] = condition
            if created:
                self.note(f"condition {condition.name}")
        return conditions

    def ensure_doctors(self):
        doctors = {}
        for key, data in DOCTORS.items():
            doctor, created = Doctor.objects.get_or_create(
                email=data["email"], defaults=data
            )
            doctors[key] = doctor
            if created:
                self.note(f"doctor {doctor.name}")
        return doctors

    # Articles ---------------------------------------------------------------

    def ensure_treatment(self, index, article, conditions, doctors):
        page = (
            TreatmentPage.objects.child_of(index).filter(slug=article["slug"]).first()
        )
        if page:
            return page
        page = TreatmentPage(
            title=article["title"],
            slug=article["slug"],
            summary=article["summary"],
            evidence_level=article["evidence_level"],
            regulatory_status=article["regulatory_status"],
            regulatory_note=article.get("regulatory_note", ""),
            medical_reviewer=doctors[article["reviewer"]],
            body=article["body"],
            **kind_fields(article["slug"]),
        )
        index.add_child(instance=page)
        page.conditions.set([conditions[slug] for slug in article["conditions"]])
        page.save_revision().publish()
        self.note(f"treatment {page.title}")
        return page

    def ensure_related_links(self, articles, pages):
        for article in articles:
            page = pages[article["slug"]]
            if page.related_treatments.exists():
                continue
            for order, (target_slug, relation, note) in enumerate(
                article.get("related", [])
            ):
                RelatedTreatment.objects.create(
                    page=page,
                    target=pages[target_slug],
                    relation_type=relation,
                    note=note,
                    sort_order=order,
                )
            if article.get("related"):
                # Keep the published revision in step with the live links.
                page.refresh_from_db()
                page.save_revision().publish()

    def ensure_featured(self, home, pages):
        if home.featured_treatments.exists():
            return
        for order, slug in enumerate(HOME_FEATURED):
            if slug in pages:
                HomeFeaturedTreatment.objects.create(
                    page=home, treatment=pages[slug], sort_order=order
                )
        home.refresh_from_db()
        home.save_revision().publish()

    def note(self, message):
        self.created += 1
        self.log(f"  created {message}")
