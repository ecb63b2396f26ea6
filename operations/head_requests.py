"""Answer HEAD with headers only, whatever serves the page.

Django leaves dropping the body of a HEAD response to the server, and
gunicorn sends it. Varnish, which reads no body after a HEAD, then finds the
page's bytes at the start of the next response on that kept-alive backend
connection, and answers that visitor 503: a visitor whose inquiry was stored
was told the site was unavailable (bench/README.md, the load run).
"""


class HeadWithoutBodyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method == "HEAD":
            drop_body(response)
        return response


def drop_body(response):
    if response.streaming:
        close = getattr(response.streaming_content, "close", None)
        if close:
            close()
        response.streaming_content = []
        return
    # HEAD announces the length a GET would have.
    length = response.get("Content-Length") or str(len(response.content))
    response.content = b""
    response["Content-Length"] = length
