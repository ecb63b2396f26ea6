"""Routing a request down the page tree in two queries, whatever its depth.

Wagtail routes one level at a time: for each slug, a query for the child and
another for its specific type. Here the pages on the way are read at once by
their URL paths (`url_path` is "/home/treatments/minoxidil/"), then the
deepest is loaded as its specific type and routes the rest itself (a routable
page's sub-paths, or a 404). The pages on the way are kept on the page: its
parent for `get_parent()`, its ancestors for the breadcrumbs and the privacy
check (`models.serving.ServedPageMixin`), with the site's view restrictions
as the request read them.
"""

from wagtail.models import Page

from .view_restrictions import all_restrictions


def pages_on_the_way(root, path_components):
    """The pages below `root` whose URL paths start the request's path, in
    depth order, stopping at the first slug that names no page."""
    prefixes = [
        root.url_path + "".join(f"{slug}/" for slug in path_components[:count])
        for count in range(1, len(path_components) + 1)
    ]
    found = {
        page.depth: page
        for page in Page.objects.filter(
            url_path__in=prefixes, path__startswith=root.path
        )
    }
    chain = []
    for depth in range(root.depth + 1, root.depth + 1 + len(prefixes)):
        if depth not in found:
            break
        chain.append(found[depth])
    return chain


def load_specific(page):
    """`page` as its specific type, with what its model asks to join."""
    model = page.specific_class
    if model is None or isinstance(page, model):
        return page
    related = getattr(model, "route_select_related", tuple)()
    return model._default_manager.select_related(*related).get(pk=page.pk)


def route_below(root, request, path_components):
    """Route `path_components` from the site root page `root`."""
    chain = pages_on_the_way(root, path_components)
    if not chain:
        return Page.route(root, request, path_components)
    page = load_specific(chain[-1])
    above = [root, *chain[:-1]]
    for index, ancestor in enumerate(chain[:-1]):
        ancestor._cached_parent_obj = above[index]
    page._cached_parent_obj = above[-1]
    # The privacy check's restrictions, as this request read them.
    page._view_restrictions = all_restrictions(request)
    if root.depth == 2:  # below the tree's own root: the whole trail is known
        page._route_ancestors = above
    return page.route(request, path_components[len(chain) :])
