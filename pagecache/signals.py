"""The changes that purge cached pages, connected to shows.py's rules.

Deletions are read before the rows go (pre_delete): afterwards the links,
conditions and pages that showed the deleted row are gone too. A condition
or doctor is read before and after a save, so a page at its old slug goes
as well as the new one.
"""

from django.apps import apps
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
)

from publishing.models import ReviewState
from search.models import Synonym
from treatments.models import Condition, Doctor, SupportOrganisation
from treatments.models.related import RelatedTreatment

from . import shows
from .purge import purge_on_commit


def page_changed(instance, **kwargs):
    purge_on_commit(shows.for_page(instance))


def page_moved(instance, url_path_before, parent_page_before, **kwargs):
    purge_on_commit(shows.for_moved_page(instance, url_path_before, parent_page_before))


def page_slug_changed_handler(instance, instance_before, **kwargs):
    purge_on_commit(
        shows.for_moved_page(instance, instance_before.url_path, parent_before=None)
    )


def page_deleting(instance, **kwargs):
    # A page's deletion sends this for the specific page and for its base
    # Page row; the specific one is enough.
    if isinstance(instance, Page) and instance.specific_class in (type(instance), None):
        purge_on_commit(shows.for_page(instance))


# Rows loaded as fixtures (`raw`: loaddata, a test's serialized rollback)
# come in any order, their relations not there yet: nothing can be read of
# what they show, so everything cached goes.
LOADED = shows.Purge(everything=True)


def receiver_for(rule):
    def changed(instance, raw=False, **kwargs):
        purge_on_commit(LOADED if raw else rule(instance))

    return changed


def setting_changed(instance, created=False, raw=False, **kwargs):
    purge_on_commit(LOADED if raw else shows.for_setting(instance, created=created))


SNIPPETS = {
    Condition: (shows.for_condition, (pre_save, post_save, pre_delete)),
    Doctor: (shows.for_doctor, (pre_save, post_save, pre_delete)),
    SupportOrganisation: (shows.for_support_organisation, (post_save, pre_delete)),
    RelatedTreatment: (shows.for_related_link, (post_save, pre_delete)),
    ReviewState: (shows.for_review_state, (post_save,)),
    Synonym: (shows.for_synonym, (post_save, post_delete)),
    Site: (shows.for_site_change, (post_save, post_delete)),
    PageViewRestriction: (shows.for_site_change, (post_save, post_delete)),
}


def settings_models():
    """Every registered setting: what base templates show (the disclaimer,
    contact details, SEO names) and what other apps' boxes read."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, (BaseSiteSetting, BaseGenericSetting))
    ]


def connect():
    for signal in (page_published, page_unpublished):
        signal.connect(page_changed, dispatch_uid=f"pagecache-{id(signal)}")
    post_page_move.connect(page_moved, dispatch_uid="pagecache-move")
    page_slug_changed.connect(page_slug_changed_handler, dispatch_uid="pagecache-slug")
    pre_delete.connect(page_deleting, dispatch_uid="pagecache-page-delete")
    for model, (rule, signals) in SNIPPETS.items():
        for signal in signals:
            connect_model(signal, receiver_for(rule), model)
    for model in settings_models():
        for signal in (post_save, post_delete):
            connect_model(signal, setting_changed, model)


def connect_model(signal, receiver, model):
    signal.connect(
        receiver,
        sender=model,
        weak=False,
        dispatch_uid=f"pagecache-{model._meta.label}-{id(signal)}",
    )
