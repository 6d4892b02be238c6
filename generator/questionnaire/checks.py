"""A returned workbook against what was sent and against the catalogue: every problem, all at once.

Structure first (sheets, row count, locked cells and ids), then every filled-in cell. The result is
either problems (nothing is written) or the typed rows the importer plans from.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator import codes
from generator.codes import Code
from generator.messages import message
from generator.questionnaire import layout
from generator.questionnaire.cells import check_cell, clean
from generator.questionnaire.problems import WorkbookProblem, problem
from generator.questionnaire.reader import MAX_ROWS, SheetData, WorkbookData
from generator.questionnaire.record import SentRecord, SentRegion
from generator.render.text import t
from generator.resolve import KnowledgeGraph
from generator.validate.suggest import did_you_mean


@dataclass(frozen=True, slots=True, kw_only=True)
class FilledAnswer:
    region_id: str
    question_id: str
    answer: str  # '' when the region gave only roles
    roles: tuple[str, ...]  # role ids
    note: str
    place: str  # 'Kysymykset!F3', for messages
    note_place: str


@dataclass(frozen=True, slots=True, kw_only=True)
class FilledResponsibility:
    region_id: str
    process_id: str
    step_id: str
    role: str  # role id
    note: str
    place: str
    note_place: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Filled:
    answers: tuple[FilledAnswer, ...]
    responsibilities: tuple[FilledResponsibility, ...]


@dataclass(slots=True)
class _Checker:
    workbook: WorkbookData
    record: SentRecord
    graph: KnowledgeGraph
    file: str
    problems: list[WorkbookProblem]

    def run(self) -> Filled:
        self._catalogue_still_matches()
        answers: list[FilledAnswer] = []
        steps: list[FilledResponsibility] = []
        for region in self.record.regions:
            questions = self._sheet(region.questions_sheet)
            if questions is not None and self._structure(questions, (layout.Q_ID,)):
                answers.extend(self._answers(region, questions))
            responsibilities = self._sheet(region.responsibilities_sheet)
            if responsibilities is not None and self._structure(responsibilities, (layout.R_PROCESS, layout.R_STEP)):
                steps.extend(self._responsibilities(region, responsibilities))
        return Filled(answers=tuple(answers), responsibilities=tuple(steps))

    def _add(self, code: Code, sheet: str = "", cell: str = "", **params: object) -> None:
        self.problems.append(problem(code, self.file, sheet, cell, **params))

    def _catalogue_still_matches(self) -> None:
        service = self.record.service_id
        if service not in self.graph.services:
            self._add(codes.T008, id=service, what=message("questionnaire.not_found_in.service_catalogue"),
                      suggestion=did_you_mean(service, self.graph.services))
        for region in self.record.regions:
            if region.region_id not in self.graph.regions:
                self._add(codes.T008, id=region.region_id, what=message("questionnaire.not_found_in.region_catalogue"),
                          suggestion=did_you_mean(region.region_id, self.graph.regions))

    def _sheet(self, name: str) -> SheetData | None:
        sheet = self.workbook.sheet(name)
        if sheet is None:
            names = [s.name for s in self.workbook.sheets if not s.hidden]
            self._add(codes.T004, name, "", name=name, suggestion=did_you_mean(name, names))
        return sheet

    def _structure(self, sheet: SheetData, id_columns: tuple[str, ...]) -> bool:
        """Row count, moved rows and edited locked cells; False when the rows cannot be trusted."""
        rows = self.record.data_rows(sheet.name)
        last = max(rows, default=layout.HEADER_ROW)
        extra = _last_filled_row(sheet)
        if sheet.row_count > MAX_ROWS or extra > last:
            found = sheet.row_count if sheet.row_count > MAX_ROWS else extra
            self._add(codes.T005, sheet.name, f"A{last + 1}", found=found, expected=last)
            return False
        moved: set[int] = set()
        for row in rows:
            for column in id_columns:
                sent, now = self.record.cells[(sheet.name, f"{column}{row}")], sheet.cell(f"{column}{row}").text
                if clean(now) != sent and row not in moved:
                    moved.add(row)
                    self._add(codes.T006, sheet.name, f"{column}{row}", expected=sent, found=clean(now))
        for (name, coordinate), sent in sorted(self.record.cells.items()):
            row = int("".join(ch for ch in coordinate if ch.isdigit()))
            if name == sheet.name and row not in moved and coordinate.rstrip("0123456789") not in id_columns:
                now = sheet.cell(coordinate).text
                if clean(now) != clean(sent):
                    self._add(codes.T007, sheet.name, coordinate, expected=_short(sent), found=_short(now))
        return not moved

    def _fill_ins(self, sheet: SheetData, row: int, columns: tuple[str, ...]) -> dict[str, str]:
        """The checked text of each fill-in cell of a row ('' when empty or refused)."""
        values = {}
        for column in columns:
            cell = sheet.cell(f"{column}{row}")
            found = check_cell(cell, self.file, sheet.name) if cell.text.strip() or cell.formula else []
            self.problems.extend(found)
            values[column] = "" if found else clean(cell.text)
        return values

    def _role(self, sheet: SheetData, coordinate: str, name: str) -> str | None:
        if not name:
            return None
        by_name = {t(r.name).casefold(): r.id for r in self.graph.roles.values()}
        role = by_name.get(name.casefold()) or (name if name in self.graph.roles else None)
        if role is None:
            names = [t(r.name) for r in self.graph.roles.values()]
            self._add(codes.T011, sheet.name, coordinate, name=_short(name), suggestion=did_you_mean(name, names))
        return role

    def _answers(self, region: SentRegion, sheet: SheetData) -> list[FilledAnswer]:
        service = self.graph.services.get(self.record.service_id)
        known = {q.id for q in service.questions} if service else set()
        out = []
        for row in self.record.data_rows(sheet.name):
            question = sheet.cell(f"{layout.Q_ID}{row}").text
            if question not in known:
                self._add(codes.T008, sheet.name, f"{layout.Q_ID}{row}", id=question,
                      what=message("questionnaire.not_found_in.service_questions"),
                      suggestion=did_you_mean(question, known))
            v = self._fill_ins(sheet, row, (layout.Q_ANSWER, layout.Q_ROLE, layout.Q_ROLE2, layout.Q_NOTE))
            roles = [self._role(sheet, f"{c}{row}", v[c]) for c in (layout.Q_ROLE, layout.Q_ROLE2)]
            if question in known and (v[layout.Q_ANSWER] or any(roles)):
                out.append(FilledAnswer(region_id=region.region_id, question_id=question, answer=v[layout.Q_ANSWER],
                                        roles=tuple(dict.fromkeys(r for r in roles if r)), note=v[layout.Q_NOTE],
                                        place=f"{sheet.name}!{layout.Q_ANSWER}{row}",
                                        note_place=f"{sheet.name}!{layout.Q_NOTE}{row}"))
        return out

    def _responsibilities(self, region: SentRegion, sheet: SheetData) -> list[FilledResponsibility]:
        out = []
        for row in self.record.data_rows(sheet.name):
            pid, step = sheet.cell(f"{layout.R_PROCESS}{row}").text, sheet.cell(f"{layout.R_STEP}{row}").text
            if not self._step_exists(sheet, row, region.region_id, pid, step):
                continue
            v = self._fill_ins(sheet, row, (layout.R_ROLE, layout.R_NOTE))
            role = self._role(sheet, f"{layout.R_ROLE}{row}", v[layout.R_ROLE])
            if role:
                out.append(FilledResponsibility(region_id=region.region_id, process_id=pid, step_id=step, role=role,
                                                note=v[layout.R_NOTE], place=f"{sheet.name}!{layout.R_ROLE}{row}",
                                                note_place=f"{sheet.name}!{layout.R_NOTE}{row}"))
        return out

    def _step_exists(self, sheet: SheetData, row: int, region_id: str, pid: str, step: str) -> bool:
        process = self.graph.processes.get(pid)
        if process is None or process.region != region_id or process.service != self.record.service_id:
            mine = [p for p, m in self.graph.processes.items() if m.region == region_id]
            self._add(codes.T008, sheet.name, f"{layout.R_PROCESS}{row}", id=pid,
                      what=message("questionnaire.not_found_in.region_models"), suggestion=did_you_mean(pid, mine))
            return False
        steps = [s.id for s in process.steps]
        if step not in steps:
            self._add(codes.T008, sheet.name, f"{layout.R_STEP}{row}", id=step,
                      what=message("questionnaire.not_found_in.model_steps", process=pid),
                      suggestion=did_you_mean(step, steps))
            return False
        return True


def check_workbook(workbook: WorkbookData, record: SentRecord, graph: KnowledgeGraph,
                   file: str) -> tuple[Filled, list[WorkbookProblem]]:
    checker = _Checker(workbook, record, graph, file, [])
    filled = checker.run()
    return filled, sorted(set(checker.problems), key=WorkbookProblem.sort_key)


def _last_filled_row(sheet: SheetData) -> int:
    return max((i for i, row in enumerate(sheet.rows, start=1) if any(c.text.strip() or c.formula for c in row)),
               default=0)


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= 60 else flat[:57] + "…"
