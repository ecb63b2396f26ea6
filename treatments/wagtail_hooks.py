from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Condition, Doctor
from .rich_text_links import BatchedPageLinkHandler


class ConditionViewSet(SnippetViewSet):
    model = Condition
    icon = "folder-open-inverse"
    menu_label = "Conditions"
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "slug"]
    search_fields = ["name", "description"]
    ordering = ["name"]


class DoctorViewSet(SnippetViewSet):
    model = Doctor
    icon = "user"
    menu_label = "Doctors"
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "credentials", "specialties"]
    search_fields = ["name", "specialties"]
    ordering = ["name"]


register_snippet(ConditionViewSet)
register_snippet(DoctorViewSet)


# After Wagtail's own registration (order 0), so this handler replaces its.
@hooks.register("register_rich_text_features", order=10)
def batch_page_links(features):
    features.register_link_type(BatchedPageLinkHandler)
