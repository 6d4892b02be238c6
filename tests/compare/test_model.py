"""The typed comparison built from fixture regions: columns, phases, answers, who does what, usage, coverage."""

from __future__ import annotations

from pathlib import Path

from generator.compare import build_comparison, default_regions, request_problems
from generator.compare.model import Comparison
from generator.compare.select import parse_region_list
from generator.messages import message
from generator.project import Project
from generator.resolve import KnowledgeGraph
from tests.compare.conftest import LANSILA, LANSILA_FILE


def column(c: Comparison, region_id: str) -> int:
    return [r.id for r in c.regions].index(region_id)


def test_describing_regions_come_first_then_regions_with_other_models_as_gaps(graph: KnowledgeGraph) -> None:
    c = build_comparison(graph, "palvelu")
    assert [r.id for r in c.regions] == ["itala", "lansila", "pohjola"]
    assert [r.described for r in c.regions] == [True, True, False]
    assert "etela" not in default_regions(graph, "palvelu")  # no models at all: not a column by default


def test_a_service_no_region_describes_has_no_columns(graph: KnowledgeGraph) -> None:
    c = build_comparison(graph, "tyhja")
    assert c.regions == () and c.described_regions == ()


def test_a_region_with_two_models_is_one_column_naming_both(graph: KnowledgeGraph) -> None:
    c = build_comparison(graph, "palvelu")
    itala = c.regions[column(c, "itala")]
    assert [m.title for m in itala.models] == ["Itälän malli A", "Itälän malli B"]
    phases = {row.id: row.cells[column(c, "itala")] for row in c.phases}
    assert [s.step_id for s in phases["alku"]] == ["a1"]
    assert [s.step_id for s in phases["loppu"]] == ["b1"]  # from the second model


def test_phase_cells_carry_the_responsible_role_or_its_absence(graph: KnowledgeGraph) -> None:
    c = build_comparison(graph, "palvelu")
    keski = next(row for row in c.phases if row.id == "keski")
    a2 = keski.cells[column(c, "itala")][0]
    assert (a2.process_id, a2.step_id, a2.responsible) == ("itala-a", "a2", None)
    alku = next(row for row in c.phases if row.id == "alku")
    assert alku.cells[column(c, "lansila")][0].responsible is not None
    assert alku.cells[column(c, "lansila")][0].responsible.name == "Valmentaja"  # type: ignore[union-attr]
    assert keski.cells[column(c, "lansila")] == ()


def test_a_step_without_canonical_phase_gets_its_own_row(graph: KnowledgeGraph) -> None:
    c = build_comparison(graph, "palvelu")
    last = c.phases[-1]
    assert (last.id, last.name) == (None, message("compare.no_phase"))
    assert [s.step_id for s in last.cells[column(c, "lansila")]] == ["l2"]
    assert last.cells[column(c, "itala")] == ()


def test_step_without_canonical_phase_is_a_k001_warning_with_file_line_and_column(repo: Path) -> None:
    result = Project.at(repo).validate()
    k001 = [(d.file, d.line, d.column, d.severity.label) for d in result.diagnostics if d.code == "K001"]
    step_line = LANSILA.splitlines().index("  - id: l2") + 1
    assert k001 == [(LANSILA_FILE, step_line, 5, "varoitus")]
    assert result.ok  # a warning: the comparison is still built


def test_answers_per_region_and_missing_answers_are_empty(graph: KnowledgeGraph) -> None:
    c = build_comparison(graph, "palvelu")
    rows = {q.id: q for q in c.questions}
    itala_answer = rows["kuka-arvioi"].cells[column(c, "itala")][0]
    assert itala_answer.text == "Ohjaaja arvioi Itälässä."
    assert [r.id for r in itala_answer.roles] == ["ohjaaja"]
    assert rows["mita-seurataan"].cells[column(c, "itala")][0].process_id == "itala-b"
    assert rows["kuka-ohjaa"].cells == ((), (), ())
    assert rows["kuka-sopii"].cells[column(c, "pohjola")] == ()


def test_who_does_what_collects_roles_from_steps_and_answers(graph: KnowledgeGraph) -> None:
    c = build_comparison(graph, "palvelu")
    tasks = {t.id: t for t in c.tasks}
    sopimus = tasks["sopimus"]
    assert [r.id for r in sopimus.cells[column(c, "lansila")].roles] == ["ohjaaja"]  # from the answer only
    assert sopimus.cells[column(c, "itala")].roles == ()
    assert [s.step_id for s in sopimus.cells[column(c, "itala")].unassigned] == ["a2"]


def test_difference_markers(graph: KnowledgeGraph) -> None:
    c = build_comparison(graph, "palvelu")
    markers = {t.id: (t.marker.kind, t.marker.label) if t.marker else None for t in c.tasks}
    assert markers == {
        "arviointi": ("eri-vastuutaho", "eri vastuutaho"),
        "ohjaus": None,
        "sopimus": None,
        "seuranta": ("vain-yksi-alue", "vain Itälä"),
    }


def test_markers_follow_the_compared_regions(graph: KnowledgeGraph) -> None:
    only_itala = build_comparison(graph, "palvelu", ["itala", "pohjola"])
    assert all(t.marker is None for t in only_itala.tasks)  # one describing region: nothing to contrast
    pair = build_comparison(graph, "palvelu", ["lansila", "itala"])
    assert [r.id for r in pair.regions] == ["lansila", "itala"]
    assert {t.id: t.marker.label for t in pair.tasks if t.marker} == {"arviointi": "eri vastuutaho",
                                                                       "seuranta": "vain Itälä"}


def test_coverage_numbers(graph: KnowledgeGraph) -> None:
    c = build_comparison(graph, "palvelu")
    got = {r.id: (r.coverage.questions_answered, r.coverage.questions_total, r.coverage.phases_covered,
                  r.coverage.phases_total, r.coverage.steps_without_role) for r in c.regions}
    assert got == {"itala": (2, 4, 3, 3, 1), "lansila": (2, 4, 1, 3, 0), "pohjola": (0, 4, 0, 3, 0)}


def test_legal_bases_and_forms_per_region(graph: KnowledgeGraph) -> None:
    c = build_comparison(graph, "palvelu")
    (law,) = c.legal_bases
    assert law.label == "Testilaki 3 § (1/2020)"
    assert [[s.step_id for s in cell] for cell in law.cells] == [["a2"], ["l1"], []]
    (form,) = c.forms
    assert (form.id, form.label) == ("lomake", "Testilomake")
    assert [[s.step_id for s in cell] for cell in form.cells] == [["a2"], [], []]


def test_request_problems_name_the_unknown_ids_in_finnish(graph: KnowledgeGraph) -> None:
    assert request_problems(graph, "palvelu", ["itala", "etela"]) == []
    (service,) = request_problems(graph, "palvlu", None)
    assert "Tuntematon palvelu 'palvlu'" in service and "Tarkoititko 'palvelu'?" in service
    (region,) = request_problems(graph, "palvelu", ["itala", "lansla"])
    assert "Tuntematon alue 'lansla'" in region and "Tarkoititko 'lansila'?" in region
    assert request_problems(graph, "palvelu", []) != []


def test_region_list_keeps_order_and_drops_repeats() -> None:
    assert parse_region_list(" lansila, itala,lansila,, ") == ("lansila", "itala")
