"""One site where a view-restricted treatment and a draft are linked from
everywhere a page can be linked: a public article's related treatments and
rich text, the home page's features, "linked from", a condition, a doctor's
reviews, a synonym, a search promotion, the inquiry form's choices.

Their titles carry words found nowhere else (PRIVATE_WORD, DRAFT_WORD), so
a surface leaks one of them exactly when its words are in the response.
"""

from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from home.models import HomeFeaturedTreatment
from inquiries import demo as inquiries_demo
from search.models import Synonym
from tests.factories import (
    ConditionFactory,
    ConditionIndexPageFactory,
    DoctorFactory,
    DoctorIndexPageFactory,
    TreatmentIndexPageFactory,
    TreatmentPageFactory,
    references_block,
    section,
)
from tests.reviewing import approved
from treatments.models import RelatedTreatment

PRIVATE_WORD = "zephyrine"
DRAFT_WORD = "quillwort"
PASSWORD = "members-only"
MEMBERS = "Clinic members"


@dataclass
class PrivateSite:
    home: object
    public: object
    private: object
    draft: object
    shared: object  # a condition of all three
    private_only: object  # a condition of the private page and the draft
    doctor: object  # reviewed all three
    restriction: object
    members: object  # the group a "groups" restriction lets in


def article(index, title, summary, conditions, doctor, live=True, body=None):
    page = TreatmentPageFactory(
        parent=index,
        title=title,
        slug=title.lower().replace(" ", "-"),
        summary=summary,
        medical_reviewer=doctor,
        live=live,
        **({"body": body} if body else {}),
    )
    page.conditions.set(conditions)
    if live:
        approved(page)  # published (indexed with its conditions) and reviewed
    else:
        page.save()
    return page


def rich_text_links(*pages):
    links = " and ".join(
        f'<a linktype="page" id="{page.pk}">another option</a>' for page in pages
    )
    return [
        section("What it is", f"<p>A lotion for hair. Compare {links}.</p>"),
        references_block(),
    ]


def restrict(page, restriction_type):
    restriction = PageViewRestriction.objects.create(
        page=page,
        restriction_type=restriction_type,
        password=PASSWORD if restriction_type == "password" else "",
    )
    members = Group.objects.create(name=MEMBERS)
    if restriction_type == "groups":
        restriction.groups.set([members])
    return restriction, members


def build_private_site(home, restriction_type="login"):
    index = TreatmentIndexPageFactory(parent=home)
    ConditionIndexPageFactory(parent=home)
    DoctorIndexPageFactory(parent=home)
    inquiries_demo.build(home, log=lambda message: None)
    shared = ConditionFactory(name="Pattern hair loss", slug="pattern-hair-loss")
    private_only = ConditionFactory(name="Telogen effluvium", slug="telogen-effluvium")
    doctor = DoctorFactory(name="Dr Sam Okafor (sample)")
    both = [shared, private_only]
    private = article(
        index, "Zephyrine velvet infusion", "Zephyrine infusion for hair.", both, doctor
    )
    draft = article(
        index, "Quillwort scalp serum", "Quillwort serum for hair.", both, doctor,
        live=False,
    )  # fmt: skip
    public = article(
        index, "Topical lotion", "A lotion for pattern hair loss.", [shared], doctor,
        body=rich_text_links(private, draft),
    )  # fmt: skip
    for order, target in enumerate([private, draft]):
        RelatedTreatment.objects.create(
            page=public, target=target, relation_type="alternative", sort_order=order
        )
        RelatedTreatment.objects.create(page=target, target=public)  # linked from
    for order, page in enumerate([private, draft, public]):
        HomeFeaturedTreatment.objects.create(
            page=home, treatment=page, sort_order=order
        )
        SearchPromotion.objects.create(
            query=Query.get("hair"), page=page, sort_order=order, description="Pick"
        )
    Synonym.objects.create(
        term="velvet drip", equivalents="infusion", treatment=private
    )
    Synonym.objects.create(term="new serum", equivalents="serum", treatment=draft)
    restriction, members = restrict(private, restriction_type)
    return PrivateSite(
        home=home,
        public=public,
        private=private,
        draft=draft,
        shared=shared,
        private_only=private_only,
        doctor=doctor,
        restriction=restriction,
        members=members,
    )


def leaked_words(response):
    """The private page's and the draft's title words found in the response."""
    text = response.content.decode().casefold()
    return [word for word in (PRIVATE_WORD, DRAFT_WORD) if word in text]


@pytest.fixture
def private_site(home_page):
    """The site above, the private page behind a login restriction."""
    return build_private_site(home_page)


@pytest.fixture
def member_client(django_user_model):
    """A signed-in visitor (beside `client`, who is anonymous): passes the
    login restriction."""
    user = django_user_model.objects.create_user(
        username="member", email="member@example.org", password="password"
    )
    member = Client()
    member.force_login(user)
    return member
