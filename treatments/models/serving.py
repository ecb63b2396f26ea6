"""What serving a page asks of the database, cut to what it needs.

`ServedPageMixin` goes on every page type routed through `treatments.routing`:
- the privacy check (Wagtail's `before_serve_page` hook calls
  `get_view_restrictions`) reads the cached restrictions over the page's path
  instead of querying its ancestors and then their restrictions;
- `.public()` on its manager builds its filter from the same cache.
An alias on the way (whose restrictions are its source's) and a page that was
not routed (previews, the admin) take Wagtail's own path.
"""

from django.db import models
from wagtail.models import PageManager
from wagtail.query import PageQuerySet

from ..view_restrictions import all_restrictions, private_q, restrictions_over


class CachedRestrictionsQuerySet(PageQuerySet):
    def private_q(self):
        return private_q()


class ServedPageMixin(models.Model):
    objects = PageManager.from_queryset(CachedRestrictionsQuerySet)()

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        ancestors = getattr(self, "_route_ancestors", None)
        if ancestors is None or any(page.alias_of_id for page in [self, *ancestors]):
            return super().get_view_restrictions()
        return restrictions_over(self.path, self.view_restrictions_in_force())

    def view_restrictions_in_force(self):
        """Every restriction of the site, read from the cache once per page."""
        if "_view_restrictions" not in self.__dict__:
            self._view_restrictions = all_restrictions()
        return self._view_restrictions
