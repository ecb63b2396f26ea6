"""Django set up for the bench scripts that read the project's code and the
claims corpus but no database: the project on the path, the test settings.

Imported first (`import offline_django`): the scripts run from bench/, so
Python finds this module beside them.
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django  # noqa: E402

django.setup()
