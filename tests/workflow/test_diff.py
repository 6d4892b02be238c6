"""`polku diff`: each kind of model change, committed to a small git repository, reads as the
Finnish sentence a reviewer expects in the pull-request comment."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from generator.cli import cmd_diff
from generator.resolve import KnowledgeGraph
from tests.workflow.conftest import CATALOG, FORM, MODEL, GitRepo, Polku

NEW_STEP = """\
  - id: seuranta
    title: Seuranta
    phase: toteutus
    responsible: yksilovalmentaja
    next:
      - end: true
"""


def diff(polku: Polku, repo: GitRepo, *args: str) -> str:
    result = polku(repo, "diff", "HEAD~1", "HEAD", *args)
    assert result.code == 0, result.out + result.err
    return result.out


def bullets(markdown: str) -> list[str]:
    """The comment's bullet lines as a reviewer reads them (Markdown backslash escapes removed)."""
    return [re.sub(r"\\([^\s])", r"\1", line[2:]) for line in markdown.splitlines() if line.startswith("- ")]


def test_unchanged_models_say_ei_muutoksia(repo: GitRepo, polku: Polku) -> None:
    repo.write("README.md", "Ei mallimuutoksia.\n")
    repo.commit("Vain README")
    out = diff(polku, repo)
    assert "ei muutoksia" in out
    assert bullets(out) == []


def test_comments_and_formatting_are_not_changes(repo: GitRepo, polku: Polku) -> None:
    repo.edit(MODEL, "lanes: [asiakas, sosiaaliohjaaja, yksilovalmentaja]",
              "# Uimaradat ylhäältä alas\nlanes:\n  - asiakas\n  - sosiaaliohjaaja\n  - yksilovalmentaja")
    repo.commit("Muotoilu")
    assert "ei muutoksia" in diff(polku, repo)


def test_added_step_and_its_path(repo: GitRepo, polku: Polku) -> None:
    repo.edit(MODEL, "    forms: [sopimus]\n    next:\n      - end: true\n",
              "    forms: [sopimus]\n    next:\n      - step: seuranta\n" + NEW_STEP)
    repo.commit("Seurantavaihe")
    out = bullets(diff(polku, repo))
    assert ("Lisätään vaihe *Seuranta* (palvelun vaihe: Toteutus; vastuu: Yksilövalmentaja; "
            "jatkuu: prosessin loppu).") in out
    assert "Vaiheesta *Sopimuksen laatiminen* on uusi jatkopolku: vaihe Seuranta." in out
    assert "Vaiheesta *Sopimuksen laatiminen* poistuu jatkopolku: prosessin loppu." in out


def test_removed_step(repo: GitRepo, polku: Polku) -> None:
    text = repo.read(MODEL)
    start, end = text.index("  - id: sopimus\n"), text.index("answers:")
    repo.write(MODEL, text[:start] + text[end:])
    repo.edit(MODEL, "      - step: sopimus\n        condition: Kyllä\n",
              "      - end: true\n        condition: Kyllä\n")
    repo.commit("Sopimusvaihe pois")
    out = bullets(diff(polku, repo))
    assert "Vaihe *Sopimuksen laatiminen* poistetaan." in out
    assert not any(line.startswith("Lisätään vaihe") for line in out)


def test_retitled_step_keeps_its_identity(repo: GitRepo, polku: Polku) -> None:
    repo.edit(MODEL, "title: Palvelutarpeen arviointi", "title: Palvelutarpeen arviointi (PTA)")
    repo.commit("Otsikko")
    out = bullets(diff(polku, repo))
    assert out == ["Vaihe *Palvelutarpeen arviointi* nimetään uudelleen: *Palvelutarpeen arviointi (PTA)*."]


def test_renamed_step_is_not_removed_and_added(repo: GitRepo, polku: Polku) -> None:
    repo.edit(MODEL, "  - id: arviointi\n", "  - id: palvelutarpeen-arviointi\n")
    repo.commit("Tunniste")
    out = bullets(diff(polku, repo))
    assert out == ["Vaiheen *Palvelutarpeen arviointi* tunniste muuttuu: arviointi → palvelutarpeen-arviointi."]


def test_renamed_and_retitled_step_at_the_same_place(repo: GitRepo, polku: Polku) -> None:
    repo.edit(MODEL, "  - id: sopimus\n    title: Sopimuksen laatiminen\n",
              "  - id: kolmikantasopimus\n    title: Kolmikantasopimus\n")
    repo.edit(MODEL, "      - step: sopimus\n", "      - step: kolmikantasopimus\n")
    repo.commit("Uusi nimi")
    out = bullets(diff(polku, repo))
    assert "Vaiheen *Sopimuksen laatiminen* tunniste muuttuu: sopimus → kolmikantasopimus." in out
    assert "Vaihe *Sopimuksen laatiminen* nimetään uudelleen: *Kolmikantasopimus*." in out
    assert not any("jatkopolku" in line for line in out), "a path to a renamed step is the same path"


def test_responsibility_moves_between_roles(repo: GitRepo, polku: Polku) -> None:
    repo.edit(MODEL, "    phase: aloitus\n    responsible: sosiaaliohjaaja\n    participants: [asiakas]\n",
              "    phase: aloitus\n    responsible: yksilovalmentaja\n    participants: [asiakas]\n")
    repo.commit("Vastuu")
    out = bullets(diff(polku, repo))
    assert out == ["Vaiheen *Palvelutarpeen arviointi* vastuu siirtyy roolilta Sosiaaliohjaaja "
                   "roolille Yksilövalmentaja."]


def test_participants_added_and_removed(repo: GitRepo, polku: Polku) -> None:
    repo.edit(MODEL, "    responsible: yksilovalmentaja\n    participants: [asiakas]\n",
              "    responsible: yksilovalmentaja\n    participants: [sosiaaliohjaaja]\n")
    repo.commit("Osallistujat")
    out = bullets(diff(polku, repo))
    assert "Vaiheeseen *Sopimuksen laatiminen* osallistuu nyt myös Sosiaaliohjaaja." in out
    assert "Asiakas ei enää osallistu vaiheeseen *Sopimuksen laatiminen*." in out


def test_condition_changed(repo: GitRepo, polku: Polku) -> None:
    repo.edit(MODEL, "        condition: Kyllä\n", "        condition: Kyllä, palvelu sopii\n")
    repo.commit("Ehto")
    out = bullets(diff(polku, repo))
    assert out == ["Vaiheen *Ohjataanko palveluun?* jatkopolun (vaihe Sopimuksen laatiminen) ehto muuttuu: "
                   "”Kyllä” → ”Kyllä, palvelu sopii”."]


def test_step_order_changed(repo: GitRepo, polku: Polku) -> None:
    text = repo.read(MODEL).replace("steps:\n", "start: arviointi\nsteps:\n")
    first, second = text.index("  - id: arviointi\n"), text.index("  - id: paatos\n")
    third = text.index("  - id: sopimus\n")
    repo.write(MODEL, text[:first] + text[second:third] + text[first:second] + text[third:])
    repo.commit("Järjestys")
    out = bullets(diff(polku, repo))
    assert out == ["Vaiheiden järjestys muuttuu: Palvelutarpeen arviointi, Ohjataanko palveluun?, "
                   "Sopimuksen laatiminen → Ohjataanko palveluun?, Palvelutarpeen arviointi, Sopimuksen laatiminen."]


def test_start_step_changed(repo: GitRepo, polku: Polku) -> None:
    repo.edit(MODEL, "steps:\n", "start: arviointi\nsteps:\n")
    repo.commit("Alku näkyviin")
    assert "ei muutoksia" in diff(polku, repo), "an explicit start equal to the first step is no change"
    repo.edit(MODEL, "start: arviointi\n", "start: paatos\n")
    repo.edit(MODEL, "      - end: true\n        condition: Ei\n",
              "      - end: true\n        condition: Ei\n"
              "      - step: arviointi\n        condition: Ei vielä tiedossa\n")
    repo.commit("Alku")
    out = bullets(diff(polku, repo))
    assert "Prosessi alkaa nyt vaiheesta *Ohjataanko palveluun?* (aiemmin *Palvelutarpeen arviointi*)." in out


def test_legal_basis_swapped(repo: GitRepo, polku: Polku) -> None:
    repo.edit(MODEL, "legal_bases: [vanha-pykala]", "legal_bases: [uusi-pykala]")
    repo.commit("Pykälä")
    out = bullets(diff(polku, repo))
    assert out == ["Vaiheen *Palvelutarpeen arviointi* säädösperuste vaihtuu: Laki esimerkkipalvelusta 3 § (1/2001)"
                   " → Laki esimerkkipalvelusta 4 § (1/2001)."]


def test_legal_basis_lost(repo: GitRepo, polku: Polku) -> None:
    repo.edit(MODEL, "    legal_bases: [vanha-pykala]\n", "")
    repo.commit("Pykälä pois")
    out = bullets(diff(polku, repo))
    assert out == ["Vaihe *Palvelutarpeen arviointi* menettää säädösperusteen Laki esimerkkipalvelusta 3 § (1/2001)."]


def test_form_field_added(repo: GitRepo, polku: Polku) -> None:
    repo.edit(FORM, "required: true}\n", "required: true}\n      - {id: alkaa, label: Aloituspäivä, type: date}\n")
    repo.commit("Kenttä")
    out = diff(polku, repo)
    assert "### Lomake: Palvelusopimus" in out
    assert bullets(out) == ["Osioon *Perustiedot* lisätään kenttä *Aloituspäivä* (date)."]


def test_form_field_made_optional(repo: GitRepo, polku: Polku) -> None:
    repo.edit(FORM, "required: true}", "required: false}")
    repo.commit("Vapaaehtoinen")
    assert bullets(diff(polku, repo)) == ["Kentän *Asiakkaan nimi* pakollisuus muuttuu: pakollinen → vapaaehtoinen."]


def test_question_answered(repo: GitRepo, polku: Polku) -> None:
    repo.edit(MODEL, "  - question: kuka-arvioi\n",
              "  - question: kuka-arvioi\n    answer: Sosiaaliohjaaja\n    roles: [sosiaaliohjaaja]\n")
    repo.commit("Vastaus")
    out = bullets(diff(polku, repo))
    assert out == ["Kysymykseen *Kuka tekee palvelutarpeen arvioinnin?* vastataan: Sosiaaliohjaaja"]


def test_catalogue_role_added(repo: GitRepo, polku: Polku) -> None:
    repo.edit(CATALOG, "roles:\n", "roles:\n  - {id: tyovalmentaja, name: Työvalmentaja, kind: ammattilainen}\n")
    repo.commit("Rooli")
    out = diff(polku, repo)
    assert "### Katalogi: Roolit" in out
    assert bullets(out) == ["Lisätään rooli *Työvalmentaja*."]


def test_a_sequence_of_commits_adds_up(repo: GitRepo, polku: Polku) -> None:
    first = repo.git("rev-parse", "HEAD").strip()
    repo.edit(MODEL, "title: Palvelutarpeen arviointi", "title: Arviointi")
    repo.commit("1")
    repo.edit(MODEL, "legal_bases: [vanha-pykala]", "legal_bases: [uusi-pykala]")
    repo.commit("2")
    result = polku(repo, "diff", first, "HEAD")
    assert result.code == 0
    out = bullets(result.out)
    assert "Vaihe *Palvelutarpeen arviointi* nimetään uudelleen: *Arviointi*." in out
    assert any(line.startswith("Vaiheen *Arviointi* säädösperuste vaihtuu") for line in out)


def test_json_format_lists_kinds_and_plain_messages(repo: GitRepo, polku: Polku) -> None:
    repo.edit(MODEL, "legal_bases: [vanha-pykala]", "legal_bases: [uusi-pykala]")
    repo.commit("Pykälä")
    data = json.loads(diff(polku, repo, "--format", "json"))
    assert data["changed"] is True
    [process] = data["sections"]
    assert process["subject"] == "process:esimerkkialue-esimerkkipalvelu"
    [item] = process["changes"]
    assert item["kind"] == "basis_swapped"
    assert item["step"] == "arviointi"
    assert item["message"].startswith("Vaiheen Palvelutarpeen arviointi säädösperuste vaihtuu")


def test_default_head_is_the_working_tree(repo: GitRepo, polku: Polku) -> None:
    repo.edit(MODEL, "title: Palvelutarpeen arviointi", "title: Arviointi")
    result = polku(repo, "diff", "HEAD")
    assert result.code == 0
    assert "Verrattu: `HEAD` → `työkopio`" in result.out
    assert "nimetään uudelleen: *Arviointi*" in result.out


def test_the_working_tree_is_never_touched(repo: GitRepo, polku: Polku) -> None:
    repo.edit(MODEL, "title: Palvelutarpeen arviointi", "title: Kesken")
    before = repo.read(MODEL)
    assert polku(repo, "diff", "HEAD~0", "HEAD").code == 0
    assert repo.read(MODEL) == before
    assert repo.git("status", "--porcelain").strip() == f"M {MODEL}"


def test_two_directories(repo: GitRepo, polku: Polku, tmp_path: Path) -> None:
    other = tmp_path / "kopio"
    shutil.copytree(repo.root / "process_models", other / "process_models")
    text = (other / MODEL).read_text(encoding="utf-8")
    (other / MODEL).write_text(text.replace("responsible: yksilovalmentaja", "responsible: asiakas"), encoding="utf-8")
    result = polku(repo, "diff", str(repo.root), str(other / "process_models"))
    assert result.code == 0, result.out
    assert "vastuu siirtyy roolilta Yksilövalmentaja roolille Asiakas" in result.out


def test_invalid_model_gives_diagnostics_and_exit_1(repo: GitRepo, polku: Polku) -> None:
    repo.edit(MODEL, "responsible: yksilovalmentaja", "responsible: yksilovalmentja")
    repo.commit("Kirjoitusvirhe")
    result = polku(repo, "diff", "HEAD~1", "HEAD")
    assert result.code == 1
    assert "Versiossa HEAD on virheitä" in result.out
    assert f"{MODEL}:" in result.out and "(R002)" in result.out
    assert "Traceback" not in result.out + result.err


def test_unknown_revision_is_a_finnish_error(repo: GitRepo, polku: Polku) -> None:
    result = polku(repo, "diff", "ei-ole-olemassa", "HEAD")
    assert result.code == 1
    assert "Versiota tai kansiota 'ei-ole-olemassa' ei löydy" in result.err


def test_model_text_is_escaped_in_the_comment(repo: GitRepo, polku: Polku) -> None:
    repo.edit(MODEL, "title: Palvelutarpeen arviointi", "title: Arviointi [katso ohje](https://example.fi) *tärkeä*")
    repo.commit("Erikoismerkit")
    out = diff(polku, repo)
    assert r"\[katso ohje\]" in out and r"\*tärkeä\*" in out
    assert "[katso ohje](" not in out


def test_diagrams_before_and_after_are_written_next_to_the_comment(
        repo: GitRepo, polku: Polku, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def draw(graph: KnowledgeGraph, process_id: str) -> bytes:
        titles = ",".join(s.title.fi for s in graph.processes[process_id].steps)
        return f"<svg>{titles}</svg>".encode()

    monkeypatch.setattr(cmd_diff, "find_renderer", lambda root: draw)
    repo.edit(MODEL, "title: Palvelutarpeen arviointi", "title: Arviointi")
    repo.commit("Otsikko")
    out_dir = tmp_path / "kaaviot"
    out = diff(polku, repo, "--diagrams", str(out_dir))
    before = out_dir / "esimerkkialue-esimerkkipalvelu-ennen.svg"
    after = out_dir / "esimerkkialue-esimerkkipalvelu-jalkeen.svg"
    assert before.read_bytes().startswith(b"<svg>Palvelutarpeen arviointi,")
    assert after.read_bytes().startswith(b"<svg>Arviointi,")
    assert f"![Uimaratakaavio ennen muutosta]({before.as_posix()})" in out
    assert f"![Uimaratakaavio muutoksen jälkeen]({after.as_posix()})" in out


def test_real_swimlanes_when_the_diagram_stage_is_installed(repo: GitRepo, polku: Polku, tmp_path: Path) -> None:
    pytest.importorskip("generator.render.diagrams")
    repo.edit(MODEL, "title: Palvelutarpeen arviointi", "title: Arviointi")
    repo.commit("Otsikko")
    diff(polku, repo, "--diagrams", str(tmp_path / "kaaviot"))
    before = (tmp_path / "kaaviot" / "esimerkkialue-esimerkkipalvelu-ennen.svg").read_text(encoding="utf-8")
    after = (tmp_path / "kaaviot" / "esimerkkialue-esimerkkipalvelu-jalkeen.svg").read_text(encoding="utf-8")
    assert "<svg" in before and "<svg" in after
    assert "Palvelutarpeen" in before and "Palvelutarpeen" not in after
