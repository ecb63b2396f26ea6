"""Extension points through which other apps take part in treatment pages.

treatments/ imports no other app of ours; an app that must have its say
registers a function under one of these Wagtail hook names instead.
"""

from wagtail import hooks

# Called as check(revision) before a treatment revision is published outside
# the admin editor (e.g. by import_article --publish); returns a list of
# problems, each a sentence saying what to fix. Any problem stops publishing.
PUBLISH_CHECK_HOOK = "check_treatment_revision_before_publish"

# Called as fn() when Wagtail builds the treatment page editor; returns a list
# of panels shown at the end of the Content tab (treatments.panels.HookPanels).
EDITOR_PANELS_HOOK = "register_treatment_page_panels"


def publish_problems(revision):
    return [
        problem
        for check in hooks.get_hooks(PUBLISH_CHECK_HOOK)
        for problem in check(revision)
    ]


# Called as fn() when routing loads a treatment page; returns relation names
# (as for select_related) joined to the page in routing's one query, so that
# what the other app shows on every article costs no query of its own.
ROUTE_RELATED_HOOK = "register_treatment_page_route_related"


def route_related():
    return [name for fn in hooks.get_hooks(ROUTE_RELATED_HOOK) for name in fn()]


# Called as fn(context) while a treatment page renders; each returns HTML (a
# SafeString; plain text is escaped) that the page shows in that place. See
# treatments.templatetags.treatments_tags.treatment_hook_output.
BYLINE_HOOK = "insert_treatment_page_byline"  # who reviewed it, in the byline
NOTICES_HOOK = "insert_treatment_page_notices"  # under the byline
AFTER_BODY_HOOK = "insert_treatment_page_after_body"  # after the article
STRUCTURED_DATA_HOOK = "insert_treatment_page_structured_data"  # in <head>
SHEET_FOOTER_HOOK = "insert_appointment_sheet_footer"  # the printable sheet
