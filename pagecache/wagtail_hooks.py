from wagtail import hooks


@hooks.register("before_serve_page")
def remember_served_page(page, request, serve_args, serve_kwargs):
    """The page being served, so the page cache can check its restrictions."""
    request.pagecache_page = page
