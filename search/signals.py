"""Keep the index and the cached search results right after content changes.

Wagtail indexes a page in its post_save signal, but modelcluster commits
ParentalManyToManyFields (a treatment's conditions) after that signal, so the
index would hold the previous conditions. Publishing is complete by the time
page_published fires, so the page is indexed once more then.

Cached rankings are keyed by the content version (search.caching), replaced
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

from .caching import bump, bump_content_version
from .models import Synonym
from .vocabulary import refresh_vocabularies


def visible_pages_changed(**kwargs):
    """What a search can see changed (a publish, unpublish, move, delete or
    view restriction): new content version, and the spelling vocabulary
    rebuilt once the change is committed, so that no visitor's search pays
    for it (search.vocabulary). After the first, each rebuild in the same
    commit finds the words current (two small queries)."""
    bump_content_version()
    transaction.on_commit(refresh_vocabularies)


def page_saved(sender, instance=None, **kwargs):
    if isinstance(instance, Page):
        bump_content_version()


def page_deleted(sender, instance=None, **kwargs):
    if isinstance(instance, Page):
        visible_pages_changed()


def reindex_published_page(sender, instance, **kwargs):
    insert_or_update_object(instance)
    visible_pages_changed()


def bump_synonyms(**kwargs):
    bump("content", "synonyms")


def bump_picks(**kwargs):
    bump("content", "picks")


def connect():
    page_published.connect(reindex_published_page, dispatch_uid="search-reindex")
    page_unpublished.connect(visible_pages_changed, dispatch_uid="search-unpublish")
    post_page_move.connect(visible_pages_changed, dispatch_uid="search-move")
    # No sender: page types are subclasses, and Page's own signals fire for
    # the class being saved.
    post_save.connect(page_saved, dispatch_uid="search-page-save")
    post_delete.connect(page_deleted, dispatch_uid="search-page-delete")
    edits = {
        PageViewRestriction: visible_pages_changed,
        Site: bump_content_version,
        Synonym: bump_synonyms,
        SearchPromotion: bump_picks,
    }
    for model, handler in edits.items():
        for signal in (post_save, post_delete):
            signal.connect(
                handler,
                sender=model,
                dispatch_uid=f"search-{model.__name__}-{signal is post_save}",
            )
