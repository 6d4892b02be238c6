"""The stages that run before the pages, called one by one; each returns a typed, frozen output.

Page renderers read `StageOutputs` by field name (`stages.forms.output.files` …) and hand each value to
their templates under its own name, so renaming a field fails type checking and the strict build.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.compare.stage import SiteComparisons, contribute_comparisons
from generator.diagnostics import Diagnostic
from generator.history.stage import SiteHistory, contribute_history
from generator.questionnaire.stage import QuestionnaireDownloads, contribute_questionnaires, start_workbooks
from generator.render.content import Asset, Later, RenderOptions, StageRun
from generator.render.diagrams.stage import SiteDiagrams, contribute_diagrams
from generator.render.forms.stage import FormDownloads, contribute_forms
from generator.resolve import KnowledgeGraph


@dataclass(frozen=True, slots=True)
class StageOutputs:
    forms: StageRun[FormDownloads]
    history: StageRun[SiteHistory]
    diagrams: StageRun[SiteDiagrams]
    questionnaires: Later[StageRun[QuestionnaireDownloads]]  # collected by the comparison pages (last)
    comparisons: StageRun[SiteComparisons]

    @property
    def assets(self) -> list[Asset]:
        return [*self.forms.assets, *self.history.assets, *self.diagrams.assets, *self.questionnaires.get().assets,
                *self.comparisons.assets]

    @property
    def diagnostics(self) -> list[Diagnostic]:
        return [*self.forms.diagnostics, *self.history.diagnostics, *self.diagrams.diagnostics,
                *self.questionnaires.get().diagnostics, *self.comparisons.diagnostics]


def run_stages(graph: KnowledgeGraph, options: RenderOptions) -> StageOutputs:
    # Module attributes looked up at call time, so the benchmark can wrap each stage with a timer.
    # The questionnaire workbooks are written in low-priority worker processes while the other stages and the
    # pages are made (after a cleared cache they are the most CPU of any stage); their stage only collects them,
    # when the comparison pages need them (`Later`). Until then the main process has a core to itself.
    workbooks = start_workbooks(graph, options)
    try:
        history = contribute_history(graph, options)
        forms = contribute_forms(graph, options)
        diagrams = contribute_diagrams(graph, options)
        comparisons = contribute_comparisons(graph, history.output, options)
    except BaseException:
        workbooks.cancel()
        raise
    return StageOutputs(
        forms=forms,
        history=history,
        diagrams=diagrams,
        questionnaires=Later(lambda: contribute_questionnaires(graph, options, workbooks), workbooks.cancel),
        comparisons=comparisons,
    )
