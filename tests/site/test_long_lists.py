"""Lists that grow with every model (paths into a service, steps resting on an act) become counts per region or
per process once they are long, linking to the pages that list them; short lists stay as they are."""

from __future__ import annotations

import pytest

from generator.render import urls
from generator.render.content import RenderOptions, SiteContent
from generator.render.pages import catalog_pages
from generator.render.site import render_site
from generator.resolve import KnowledgeGraph
from tests.forms.conftest import ROOT

SERVICE = "avoimet-tyomarkkinat"
ACT = "ktt-laki-13b"



def _page(content: SiteContent, path: str) -> str:
    page = content.page(path)
    assert page is not None, path
    return page.content


def _section(text: str, heading: str) -> list[str]:
    lines = text.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0].strip().splitlines()
    return [line for line in lines if line]


def test_short_lists_name_every_path_and_step(graph: KnowledgeGraph) -> None:
    content = render_site(graph, RenderOptions(repo_root=str(ROOT)))
    paths = _section(_page(content, urls.service_page(SERVICE)), "Polut, jotka johtavat tähän palveluun")
    leading = sorted({pid for pid, p in graph.processes.items()
                      for s in p.steps for n in s.next if n.service == SERVICE})
    assert len(paths) == len(leading) > 1
    assert all(line.startswith("- [") for line in paths)
    steps = _section(_page(content, urls.legal_page(ACT)), "Vaiheet, jotka perustuvat tähän säädökseen")
    assert len(steps) == len(graph.steps_by_legal_basis[ACT])


def test_long_lists_count_per_region_and_per_process(graph: KnowledgeGraph, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(catalog_pages, "LONG_LIST", 0)  # the real models are few: every list counts as long
    content = render_site(graph, RenderOptions(repo_root=str(ROOT)))
    leading = sorted({pid for pid, p in graph.processes.items()
                      for s in p.steps for n in s.next if n.service == SERVICE})
    regions = {graph.processes[pid].region for pid in leading}
    paths = _section(_page(content, urls.service_page(SERVICE)), "Polut, jotka johtavat tähän palveluun")
    assert paths[0] == (f"Tähän palveluun johtaa {len(leading)} polkua {len(regions)} alueelta. "
                        "Alueen polut ovat sen sivulla.")
    assert len(paths) == 1 + len(regions)
    first = graph.processes[leading[0]].region
    count = sum(1 for pid in leading if graph.processes[pid].region == first)
    link = urls.relative(urls.service_page(SERVICE), urls.region_page(first))
    assert paths[1] == (f"- [{graph.regions[first].name.fi}]({link}): "
                        f"{count} {'polku' if count == 1 else 'polkua'}")
    refs = graph.steps_by_legal_basis[ACT]
    processes = list(dict.fromkeys(ref.process_id for ref in refs))
    steps = _section(_page(content, urls.legal_page(ACT)), "Vaiheet, jotka perustuvat tähän säädökseen")
    assert (len(refs), len(processes)) == (1, 1)
    assert steps[0] == "Tähän säädökseen perustuu 1 vaihe 1 prosessissa. Vaiheet ovat prosessien sivuilla."
    title, region = graph.processes[processes[0]].title.fi, graph.regions[graph.processes[processes[0]].region].name.fi
    link = urls.relative(urls.legal_page(ACT), urls.process_page(processes[0]))
    assert steps[1:] == [f"- [{title}]({link}) ({region.replace('-', chr(92) + '-')}): 1 vaihe"]
