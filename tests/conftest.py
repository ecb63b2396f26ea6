"""Shared fixtures: the site tree, users per role."""

import pytest
from wagtail.models import Page, Site

from tests.factories import HomePageFactory, TreatmentIndexPageFactory


@pytest.fixture
def home_page(db):
    root = Page.get_first_root_node()
    # Wagtail's initial migration leaves a "Welcome" page and a Site for it.
    Site.objects.all().delete()
    for child in root.get_children():
        child.delete()
    home = HomePageFactory(parent=root, slug="home")
    Site.objects.create(
        hostname="testserver", port=80, root_page=home, is_default_site=True, site_name="Test"
    )
    return home


@pytest.fixture
def treatment_index(home_page):
    return TreatmentIndexPageFactory(parent=home_page)


@pytest.fixture
def admin_user(django_user_model):
    return django_user_model.objects.create_superuser(
        username="admin", email="admin@example.org", password="password"
    )


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client
