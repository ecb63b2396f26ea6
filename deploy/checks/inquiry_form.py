"""Fill in the inquiry form as a visitor would, from the page's own HTML."""

from bs4 import BeautifulSoup
from common import browser_opener, fetch

HONEYPOT = "inquiry_homepage"


def form_values(html, number, sender="Deploy Check"):
    """(action, values) of the page's inquiry form, filled in by `sender`:
    hidden fields kept, the honeypot left empty."""
    form = next(
        form
        for form in BeautifulSoup(html, "html.parser").find_all("form")
        if form.find("input", attrs={"name": "csrfmiddlewaretoken"})
    )
    values = {}
    for field in form.find_all(["input", "select", "textarea"]):
        name, kind = field.get("name"), field.get("type", field.name)
        if not name or name == HONEYPOT:
            continue
        if kind == "hidden":
            values[name] = field.get("value", "")
        elif kind == "email":
            values[name] = f"{sender.split()[0].lower()}-{number}@example.org"
        elif kind == "tel":
            values[name] = "+1 555 0100"
        elif kind == "checkbox":
            values[name] = "on"
        elif field.name == "select":
            values[name] = field.find("option").get("value", "")
        elif field.name == "textarea":
            values[name] = f"A question sent by the {sender.lower()}."
        else:
            values[name] = sender
    return form.get("action") or "", values


def send_inquiry(base, number):
    """The status of the POST: 302 when the site acknowledges the inquiry."""
    opener = browser_opener()
    page = fetch(base + "/inquire/", opener=opener)
    if page.status != 200:
        return page.status
    action, values = form_values(page.text, number)
    headers = {"Referer": base + "/inquire/", "Origin": base}
    return fetch(base + (action or "/inquire/"), values, headers, opener).status
