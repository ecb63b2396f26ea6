"""Recording queries without personal data, and the editors' report."""

from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from wagtail.contrib.search_promotions.models import Query

from search.models import QueryResultCount


def test_queries_are_recorded_normalised_with_result_counts(client, treatments):
    client.get("/search/", {"q": "  MINOXIDIL  "})
    client.get("/search/", {"q": "minoxidil"})
    client.get("/search/", {"q": "nothingmatcheszz"})
    query = Query.objects.get(query_string="minoxidil")
    assert query.hits == 2
    assert query.result_count.results == 1
    assert (
        QueryResultCount.objects.get(query__query_string="nothingmatcheszz").results
        == 0
    )


def test_personal_data_is_never_recorded(client, treatments):
    for text in ["jane@example.org", "+44 20 7946 0958", "my nhs number 943 476 5919"]:
        client.get("/search/", {"q": text})
    assert Query.objects.count() == 0


def test_later_pages_do_not_count_as_new_searches(client, treatments):
    client.get("/search/", {"q": "scalp"})
    client.get("/search/", {"q": "scalp", "page": "2"})
    assert Query.objects.get(query_string="scalp").hits == 1


def report_rows(client):
    response = client.get("/admin/reports/recent-searches/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [
        [cell.get_text(strip=True) for cell in row.select("td")]
        for row in soup.select("table tbody tr")
    ]


def test_report_lists_zero_result_queries_first(admin_client, treatments):
    admin_client.get("/search/", {"q": "minoxidil"})
    admin_client.get("/search/", {"q": "minoxidil"})
    admin_client.get("/search/", {"q": "nothingmatcheszz"})
    admin_client.get("/search/", {"q": "scalp"})
    rows = report_rows(admin_client)
    assert [row[:3] for row in rows] == [
        ["nothingmatcheszz", "0", "1"],
        ["scalp", "3", "1"],
        ["minoxidil", "1", "2"],
    ]


def test_report_is_visible_to_editors(client, django_user_model, treatments):
    editor = django_user_model.objects.create_user(username="editor", password="pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    client.get("/search/", {"q": "minoxidil"})
    assert report_rows(client)[0][0] == "minoxidil"


def test_report_is_not_public(client, treatments):
    response = client.get("/admin/reports/recent-searches/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
