"""The publishing part of the demo site, called by home's load_demo (idempotent)."""


def build(home, log):
    """Create this app's demo objects under `home` if they are missing."""
    return 0
