"""Template tags through which other apps take part in treatment pages."""

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from wagtail import hooks

from treatments.article_body import render_body
from treatments.models import ConditionIndexPage, DoctorIndexPage, TreatmentIndexPage
from treatments.related_cards import related_section
from treatments.site_pages import live_page

register = template.Library()


@register.simple_tag(takes_context=True)
def treatment_hook_output(context, hook_name):
    """What every function registered under `hook_name` returns, in hook order.

    Like Wagtail's own insert_* hooks: the treatment template names a place,
    other apps register what goes there (see treatments.hooks).
    """
    flat = context.flatten()
    return mark_safe(
        "\n".join(
            conditional_escape(output)
            for fn in hooks.get_hooks(hook_name)
            if (output := fn(flat))
        )
    )


@register.simple_tag(takes_context=True)
def treatment_index(context):
    """The site's treatments section, for `{% pageurl %}`; None if it has none."""
    return live_page(context["request"], TreatmentIndexPage)


@register.simple_tag(takes_context=True)
def condition_index(context):
    """The site's conditions section, for `{% routablepageurl %}`; None if none."""
    return live_page(context["request"], ConditionIndexPage)


@register.simple_tag(takes_context=True)
def doctor_index(context):
    """The site's doctors section, for `{% routablepageurl %}`; None if none."""
    return live_page(context["request"], DoctorIndexPage)


@register.simple_tag
def breadcrumb_ancestors(page):
    """The page's ancestors below the tree's root, from routing when it read
    them (treatments.routing), else from the database."""
    ancestors = getattr(page, "_route_ancestors", None)
    if ancestors is None:
        ancestors = list(page.get_ancestors())[1:]
    return ancestors


@register.simple_tag(takes_context=True)
def treatment_body(context):
    """The page's body blocks, each with its table of contents anchor and its
    citations linked, from the fragment cache when nothing it shows has
    changed (article_body)."""
    return render_body(
        context["page"].body,
        context["article"],
        context,
        context.get("body_digest"),
    )


@register.simple_tag(takes_context=True)
def related_treatments(context):
    """The "Related treatments" section: the page's related links by type and
    the articles that list it, remembered per content (related_cards)."""
    return mark_safe(
        related_section(
            context.get("related_groups") or [],
            context.get("linked_from") or [],
            context.get("request"),
        )
    )
