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
