"""Keep the index and the cached search results right after content changes.

Wagtail indexes a page in its post_save signal, but modelcluster commits
ParentalManyToManyFields (a treatment's conditions) after that signal, so the
index would hold the previous conditions. Publishing is complete by the time
page_published fires, so the page is indexed once more then.

Cached rankings are keyed by the content version (search.version), replaced
here whenever a page is saved, published, unpublished, moved or deleted, or a
view restriction or site changes, and when an editor changes a synonym or a
search promotion.

The spelling vocabulary (search.vocabulary) is rebuilt once a publish,
unpublish, move, page delete or view restriction change is committed.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.search.index import insert_or_update_object
from wagtail.signals import page_published, page_unpublished, post_page_move

from .version import bump, bump_content_version
from .vocabulary import refresh_vocabularies


def bump_on_page_change(sender, instance=None, **kwargs):
    if isinstance(instance, Page):
        bump_content_version()


def reindex_published_page(sender, instance, **kwargs):
    insert_or_update_object(instance)
    bump_content_version()


def refresh_vocabularies_on_commit(**kwargs):
    """Rebuild the spelling vocabulary once the page change is committed, so
    that no visitor's search pays for it (search.vocabulary)."""
    transaction.on_commit(refresh_vocabularies)


def vocabulary_after_delete(sender, instance=None, **kwargs):
    if isinstance(instance, Page):
        refresh_vocabularies_on_commit()


def bump_synonyms(**kwargs):
    bump("content", "synonyms")


def bump_picks(**kwargs):
    bump("content", "picks")


def connect():
    page_published.connect(reindex_published_page, dispatch_uid="search-reindex")
    page_unpublished.connect(bump_content_version, dispatch_uid="search-unpublish")
    post_page_move.connect(bump_content_version, dispatch_uid="search-move")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(refresh_vocabularies_on_commit, dispatch_uid="search-vocabulary")
    post_delete.connect(vocabulary_after_delete, dispatch_uid="search-vocabulary-del")
    for signal in (post_save, post_delete):
        signal.connect(
            refresh_vocabularies_on_commit,
            sender=PageViewRestriction,
            dispatch_uid=f"search-vocabulary-restriction-{signal is post_save}",
        )
    # No sender: page types are subclasses, and Page's own signals fire for
    # the class being saved.
    post_save.connect(bump_on_page_change, dispatch_uid="search-page-save")
    post_delete.connect(bump_on_page_change, dispatch_uid="search-page-delete")
    from .models import Synonym

    for model in (PageViewRestriction, Site):
        for signal in (post_save, post_delete):
            signal.connect(
                bump_content_version,
                sender=model,
                dispatch_uid=f"search-{model.__name__}-{signal is post_save}",
            )
    for model, handler in ((Synonym, bump_synonyms), (SearchPromotion, bump_picks)):
        for signal in (post_save, post_delete):
            signal.connect(
                handler,
                sender=model,
                dispatch_uid=f"search-{model.__name__}-{signal is post_save}",
            )
