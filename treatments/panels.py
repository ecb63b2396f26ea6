"""Panels that other apps add to the treatment page editor, through a hook."""

from wagtail import hooks
from wagtail.admin.panels import ObjectList


class HookPanels(ObjectList):
    """The panels every function registered under `hook_name` returns, in order.

    Wagtail builds (and caches) the edit handler on first use, after every
    app's wagtail_hooks has been loaded, so the hooks are read then.
    """

    def __init__(self, hook_name, *args, **kwargs):
        self.hook_name = hook_name
        super().__init__(*args, **kwargs)

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "hook_name": self.hook_name}

    def on_model_bound(self):
        self.children = [
            *self.children,
            *(panel for fn in hooks.get_hooks(self.hook_name) for panel in fn()),
        ]
        super().on_model_bound()
