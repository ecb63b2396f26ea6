"""Grouping a condition's treatments: strongest evidence first, then by status."""

from types import SimpleNamespace

from treatments.condition_groups import group_by_evidence_and_status


def treatment(title, evidence, status, kind="drug"):
    return SimpleNamespace(
        title=title,
        evidence_level=evidence,
        regulatory_status=status,
        treatment_kind=kind,
    )


def shape(groups):
    return [
        (
            group["level"],
            [
                (s["status"], [t.title for t in s["treatments"]])
                for s in group["statuses"]
            ],
        )
        for group in groups
    ]


def test_groups_run_from_established_to_experimental_and_approved_first():
    treatments = [
        treatment("Exosomes", "experimental", "not_approved"),
        treatment("Finasteride", "established", "approved"),
        treatment("Laser", "emerging", "cleared"),
        treatment("Transplant", "established", "procedure"),
        treatment("Minoxidil", "established", "approved"),
        treatment("PRP", "emerging", "not_approved"),
    ]
    assert shape(group_by_evidence_and_status(treatments)) == [
        (
            "established",
            [("approved", ["Finasteride", "Minoxidil"]), ("procedure", ["Transplant"])],
        ),
        ("emerging", [("cleared", ["Laser"]), ("not_approved", ["PRP"])]),
        ("experimental", [("not_approved", ["Exosomes"])]),
    ]


def test_each_group_explains_itself_to_readers():
    [group] = group_by_evidence_and_status([treatment("A", "emerging", "off_label")])
    assert group["label"] == "Emerging"
    assert "controlled trials" in group["explanation"]
    [status] = group["statuses"]
    assert status["label"] == "Off-label use"
    assert "approved for another use" in status["explanation"]


def test_no_treatments_give_no_groups():
    assert group_by_evidence_and_status([]) == []


def test_a_level_holding_an_operation_does_not_speak_of_drug_trials_alone():
    surgery = treatment("Transplant", "established", "procedure", kind="surgery")
    [alone] = group_by_evidence_and_status([surgery])
    assert "case series" in alone["explanation"]
    assert "randomised controlled trials and" not in alone["explanation"]
    drug = treatment("Minoxidil", "established", "approved")
    [mixed] = group_by_evidence_and_status([drug, surgery])
    assert "published series for operations" in mixed["explanation"]
    [drugs] = group_by_evidence_and_status([drug])
    assert "randomised controlled trials" in drugs["explanation"]
