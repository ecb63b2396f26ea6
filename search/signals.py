"""Keep the index right after publishing.

Wagtail indexes a page in its post_save signal, but modelcluster commits
ParentalManyToManyFields (a treatment's conditions) after that signal, so the
index would hold the previous conditions. Publishing is complete by the time
page_published fires, so the page is indexed once more then.
"""

from wagtail.search.index import insert_or_update_object
from wagtail.signals import page_published


def reindex_published_page(sender, instance, **kwargs):
    insert_or_update_object(instance)


def connect():
    page_published.connect(reindex_published_page, dispatch_uid="search-reindex")
