"""The publishing part of the demo site, called by home's load_demo (idempotent)."""

from wagtail.models import Site
from wagtailseo.models import SeoSettings

ORGANISATION = {
    "struct_org_name": "Clinic Network (demo)",
    "struct_org_type": "MedicalOrganization",
}


def build(home, log):
    """The SEO organisation data. (Roles and the workflow come from migrations.)"""
    return ensure_organisation(home)


def ensure_organisation(home):
    """Fill the SEO organisation fields once; never overwrite editors' values."""
    site = Site.objects.filter(root_page=home).first()
    if site is None:
        return 0
    seo = SeoSettings.for_site(site)
    missing = {
        name: value for name, value in ORGANISATION.items() if not getattr(seo, name)
    }
    if not missing:
        return 0
    for name, value in missing.items():
        setattr(seo, name, value)
    seo.save()
    return 1
