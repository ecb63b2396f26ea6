import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_ensure_admin_prints_a_generated_password_once(capsys):
    call_command("ensure_admin")
    first = capsys.readouterr().out
    password = re.search(r"password: (\S+)", first).group(1)
    assert len(password) >= 16
    user = get_user_model().objects.get(username="admin")
    assert user.is_superuser and user.check_password(password)

    call_command("ensure_admin")
    second = capsys.readouterr().out
    assert password not in second
    assert "already exists" in second
    assert get_user_model().objects.filter(username="admin").count() == 1


def test_the_password_is_printed_in_a_box_with_the_sites_address(capsys, settings):
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
    call_command("ensure_admin")
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0] == lines[-1] and set(lines[0]) == {"+", "-"}
    assert all(line.startswith("| ") and line.endswith(" |") for line in lines[1:-1])
    assert len({len(line) for line in lines}) == 1
    text = "\n".join(lines)
    assert "http://127.0.0.1:8000/admin/" in text
    assert re.search(r"\|   password: \S{16,} +\|", text)


def test_load_demo_is_silent_at_verbosity_zero(capsys, caplog):
    call_command("load_demo", verbosity=0)
    captured = capsys.readouterr()
    assert captured.out == ""
    assert not [r for r in caplog.records if r.name.startswith("wagtail")]
