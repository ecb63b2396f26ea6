"""Production settings with the floor views of bench/floor_urls.py."""

from portal.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.floor_urls"
