"""The rule for an editor's related links, shared by the link model's own check
and the treatment admin form (which reports it on the row being edited)."""

SELF_LINK = "A treatment cannot be related to itself."


def links_to_itself(page_id, target_id):
    """A link from a saved page to that same page."""
    return bool(page_id) and target_id == page_id
