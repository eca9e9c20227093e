"""楼道巡查: today's routes, the round form (each point OK or findings), findings handed to
engineering or cleaning in one click, missed rounds, the weekly sheet per building."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLineEdit,
    QMessageBox, QPlainTextEdit, QSplitter, QVBoxLayout, QWidget,
)
from PySide6.QtCore import Qt

from deskapp.domain.rounds import FollowUp, suggested_follow_up
from deskapp.gui import errors
from deskapp.gui.date_field import DateField
from deskapp.gui.forms import ask_line, dialog_buttons
from deskapp.gui.rounds.common import ALERT, FLAG, GOOD, NOTICE, ListModel, chosen, confirm, fmt
from deskapp.gui.session import DeskSession
from deskapp.gui.widgets import as_typed, button, current, preview, table_view, plain_label
from deskapp.services.reception import repairs
from deskapp.services.rounds import stairwell


class FindingDialog(QDialog):
    """The findings at one point: an item and what is wrong, and 再加一项 for the next — a landing
    can have its light out and rubbish on the stairs at once. `save(findings)` records them; the
    dialog closes only once they are kept, so a refusal leaves what was typed in place."""

    def __init__(self, items: list[str], point: str, parent=None, save=None):
        super().__init__(parent)
        self.setObjectName("findingDialog")
        self.setWindowTitle(self.tr("Finding at {point}").format(point=point))
        self._items, self._save = items, save
        self.rows: list[tuple[QComboBox, QLineEdit]] = []
        self.form = QFormLayout()
        self.item, self.text = self.add_row()
        more = button(self.tr("Another item"), "findingMore", self.add_row)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(more, alignment=Qt.AlignmentFlag.AlignLeft)
        self.buttons = dialog_buttons(self, self.accept, QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(self.buttons)
        self.text.setFocus()

    def add_row(self) -> tuple[QComboBox, QLineEdit]:
        n = len(self.rows)
        item = QComboBox(objectName="findingItem" if n == 0 else f"findingItem{n}")
        item.addItems(self._items)
        if n < len(self._items):  # the next row offers the next item, not the same one again
            item.setCurrentIndex(n)
        text = QLineEdit(objectName="findingText" if n == 0 else f"findingText{n}",
                         placeholderText=self.tr("e.g. light out on the landing"))
        self.form.addRow(self.tr("Item"), item)
        self.form.addRow(self.tr("What is wrong"), text)
        self.rows.append((item, text))
        text.setFocus()
        return item, text

    def findings(self) -> list[tuple[str, str]]:
        """(item, text) of every row; a later row left blank is no finding."""
        return [(item.currentText(), text.text()) for i, (item, text) in enumerate(self.rows)
                if i == 0 or text.text().strip()]

    def accept(self) -> None:
        # a refusal (问题描述 left blank, …) is told with this dialog still open and the field focused
        if self._save is None or self._save(self.findings(), {"问题描述": self.text}):
            super().accept()


class RoundDialog(QDialog):
    """One round: go down the points; Space marks the current point OK, F adds a finding."""

    def __init__(self, session: DeskSession, run_id: int, parent=None):
        super().__init__(parent)
        self.session, self.run_id = session, run_id
        self.setObjectName("roundDialog")
        self.points = ListModel(
            [lambda: self.tr("Point"), lambda: self.tr("Result")],
            lambda p: (p.point, self._result(p)),
            lambda p: None if not p.recorded else GOOD if p.ok else ALERT, self)
        self.table = table_view("roundPoints", self.points)
        self.table.setColumnWidth(0, 200)
        self.status = plain_label(objectName="roundStatus")
        acts = QHBoxLayout()
        acts.addWidget(button(self.tr("OK"), "pointOk", self.mark_ok, "Space"))
        acts.addWidget(button(self.tr("Finding…"), "pointFinding", self.add_finding, "F"))
        acts.addWidget(button(self.tr("Correct point"), "pointClear", self.clear_point, "Backspace"))
        acts.addStretch(1)
        acts.addWidget(button(self.tr("Finish round"), "finishRound", self.finish))
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table)
        layout.addLayout(acts)
        self.resize(560, 620)
        self.refresh()

    def _result(self, p) -> str:
        if not p.recorded:
            return ""
        return self.tr("OK") if p.ok else "；".join(f"{f.item}：{f.text}" for f in p.findings)

    def refresh(self) -> None:
        v = stairwell.run_view(self.session.ctx, self.session.actor, self.run_id)
        self.view = v
        self.setWindowTitle(self.tr("Stairwell round — {route} {day}").format(route=v.route, day=fmt(v.day)))
        row = self.table.currentIndex().row()
        self.points.set_rows(v.points)
        self.status.setText(self.tr("{left} of {n} points still to check").format(left=v.remaining, n=len(v.points)))
        nxt = next((i for i, p in enumerate(v.points) if not p.recorded), max(row, 0))
        self.table.selectRow(nxt)

    def _record(self, findings, fields=None) -> bool:
        p = current(self.table)
        if p is None:
            return False
        ok = errors.call(self, stairwell.record_point, self.session.ctx, self.session.actor, self.run_id, p.point_id,
                         findings, fields=fields).ok
        if ok:
            self.refresh()
        return ok

    def mark_ok(self) -> bool:
        return self._record([])

    def add_finding(self) -> None:
        p = current(self.table)
        if p is None:
            return
        FindingDialog(stairwell.items(self.session.ctx), p.point, self, save=self._record).exec()

    def clear_point(self) -> None:
        """The chosen point, recorded by mistake, to be recorded again (Backspace)."""
        p = current(self.table)
        if p is None or not p.recorded:
            QMessageBox.information(self, self.tr("Correct point"), as_typed(
                self.tr("Choose a point already recorded in this round.")))
            return
        if not confirm(self, self.tr("Take back what was recorded at {point} ({result}) and record it again?").format(
                point=p.point, result=self._result(p))):
            return
        row = self.table.currentIndex().row()
        if errors.call(self, stairwell.clear_point, self.session.ctx, self.session.actor, self.run_id, p.point_id).ok:
            self.refresh()
            self.table.selectRow(row)  # the point taken back is the one to record now

    def finish(self) -> None:
        if errors.call(self, stairwell.finish_round, self.session.ctx, self.session.actor, self.run_id).ok:
            self.accept()


class RouteDialog(QDialog):
    """A route: its name and points, one per line. Given `route` (a stairwell.RouteView) it edits
    that route — its building fixed; 按楼层自动生成 fills the form to look over, it saves nothing."""

    def __init__(self, session: DeskSession, parent=None, route=None):
        super().__init__(parent)
        self.session, self.route = session, route
        self.setObjectName("routeDialog")
        self.setWindowTitle(self.tr("Round route") if route is None else
                            self.tr("Edit route — {name}").format(name=route.name))
        self.building = QComboBox(objectName="routeBuilding")
        for bid, name in stairwell.buildings(session.ctx, session.actor):
            self.building.addItem(name, bid)
        self.name = QLineEdit(objectName="routeName")
        self.points = QPlainTextEdit(objectName="routePoints")
        self.points.setPlaceholderText(self.tr("One point per line, in walking order"))
        if route is not None:
            self.building.setCurrentIndex(self.building.findData(route.building_id))
            self.building.setEnabled(False)
            self.name.setText(route.name)
            self.points.setPlainText("\n".join(name for _id, name in route.points))
        form = QFormLayout(self)
        form.addRow(self.tr("Building"), self.building)
        form.addRow(self.tr("Route name"), self.name)
        form.addRow(self.tr("Points"), self.points)
        gen = button(self.tr("From the building's floors"), "routeDefault", self.from_building)
        form.addRow("", gen)
        form.addRow(dialog_buttons(self, self.save))

    def from_building(self) -> None:
        """The building's floors and stairwells as points, into the form (replacing what is there)."""
        out = errors.call(self, stairwell.suggested_route, self.session.ctx, self.session.actor,
                          self.building.currentData())
        if out.ok:
            name, points = out.value
            if not self.name.text().strip():
                self.name.setText(name)
            self.points.setPlainText("\n".join(points))

    def save(self) -> None:
        out = errors.call(self, stairwell.set_route, self.session.ctx, self.session.actor, self.building.currentData(),
                          self.name.text(), self.points.toPlainText().splitlines(),
                          None if self.route is None else self.route.id,
                          fields={"路线名称": self.name, "巡查点位": self.points})
        if out.ok:
            self.accept()


class StairwellTab(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("roundsStairwellTab")
        self.last_preview = None
        self.day_label = plain_label(objectName="roundDayLabel")
        self.routes = ListModel(
            [lambda: self.tr("Building"), lambda: self.tr("Route"), lambda: self.tr("Points"),
             lambda: self.tr("Today")],
            lambda r: (r[0].building, r[0].name, r[0].points,
                       self.tr("done") if r[2] else self.tr("in progress") if r[1] else
                       self.tr("to walk today") if self.round_day else ""),
            # a round day: what is still to walk stands out from what is done
            lambda r: GOOD if r[2] else NOTICE if self.round_day else None, self)
        self.round_day = False
        self.routes_view = table_view("routeTable", self.routes)
        self.routes_view.activated.connect(lambda _: self.start())
        top = QHBoxLayout()
        top.addWidget(self.day_label)
        top.addStretch(1)
        top.addWidget(button(self.tr("Start / continue round…"), "startRound", self.start, "Ctrl+R"))
        if session.may(stairwell.SETUP):
            top.addWidget(button(self.tr("New route…"), "newRoute", self.new_route))
            top.addWidget(button(self.tr("Edit route…"), "editRoute", self.edit_route))
        if session.may(stairwell.RETIRE):
            top.addWidget(button(self.tr("Retire route…"), "retireRoute", self.retire_route))

        self.findings = ListModel(
            [lambda: self.tr("Day"), lambda: self.tr("Building"), lambda: self.tr("Point"), lambda: self.tr("Item"),
             lambda: self.tr("Finding")],
            lambda f: (fmt(f[0]), f[1], f[2], f[3].item, f[3].text),
            # a finding from an earlier round still not handed on is overdue: red, not waiting yellow
            lambda f: ALERT if f[0] < session.ctx.clock.today() else NOTICE, self)
        self.findings_view = table_view("openFindings", self.findings)
        self.findings_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for col, width in enumerate((90, 90, 180, 80)):
            self.findings_view.setColumnWidth(col, width)
        fa = QHBoxLayout()
        fa.addWidget(plain_label(self.tr("Findings not yet handed on")))
        self.notice = plain_label(objectName="handedOn")
        self.last_handed = ""
        fa.addWidget(self.notice)
        fa.addStretch(1)
        fa.addWidget(button(self.tr("Repair order"), "toRepair", lambda: self.hand_on(FollowUp.REPAIR)))
        fa.addWidget(button(self.tr("Cleaning task"), "toCleaning", lambda: self.hand_on(FollowUp.CLEANING)))
        fa.addWidget(button(self.tr("As suggested"), "toSuggested", lambda: self.hand_on(None)))
        fa.addWidget(button(self.tr("Put right on the spot…"), "onSite", lambda: self.on_site()))

        self.missed = ListModel([lambda: self.tr("Day"), lambda: self.tr("Building"), lambda: self.tr("Route")],
                                lambda m: (fmt(m.day), m.building, m.route), lambda m: ALERT, self)
        self.missed_view = table_view("missedRounds", self.missed)

        self.sheet_building = QComboBox(objectName="sheetBuilding")
        for bid, name in stairwell.buildings(session.ctx, session.actor):
            self.sheet_building.addItem(name, bid)
        self.sheet_day = DateField(session.ctx.clock.today(), label="日期", today=session.ctx.clock.today,
                                   objectName="sheetDay")
        sheet = QHBoxLayout()
        sheet.addWidget(plain_label(self.tr("Weekly sheet:")))
        sheet.addWidget(self.sheet_building)
        sheet.addWidget(self.sheet_day)
        sheet.addWidget(button(self.tr("Print…"), "printWeekSheet", self.print_sheet))
        sheet.addStretch(1)

        upper, middle, lower = QWidget(), QWidget(), QWidget()
        lu = QVBoxLayout(upper)
        lu.addLayout(top)
        lu.addWidget(self.routes_view)
        lm = QVBoxLayout(middle)
        lm.addLayout(fa)
        lm.addWidget(self.findings_view)
        ll = QVBoxLayout(lower)
        ll.addWidget(plain_label(self.tr("Missed rounds (last four weeks)")))
        ll.addWidget(self.missed_view)
        ll.addLayout(sheet)
        split = QSplitter(Qt.Orientation.Vertical)
        for w in (upper, middle, lower):
            split.addWidget(w)
        QVBoxLayout(self).addWidget(split)
        session.bus.changed.connect(lambda flags: self.refresh() if FLAG in flags else None)
        self.refresh()

    def refresh(self) -> None:
        s = self.session
        day = s.ctx.clock.today()
        self.round_day = stairwell.is_round_day(s.ctx)
        text = self.tr("Today is a round day") if self.round_day else self.tr("No round scheduled today")
        self.day_label.setText(f"{fmt(day)}　{text}")
        self.routes.set_rows(stairwell.today_status(s.ctx, s.actor))
        self.routes_view.resizeColumnsToContents()  # a long route name (沿街商铺楼道巡查) was cut off
        self.findings.set_rows(stairwell.open_findings(s.ctx, s.actor))
        self.missed.set_rows(stairwell.missed(s.ctx, s.actor))

    def start(self) -> RoundDialog | None:
        row = chosen(self.routes_view, self, self.tr("Stairwell round"), self.tr("Choose a route in the list first."))
        if row is None:
            return None
        out = errors.call(self, stairwell.start_round, self.session.ctx, self.session.actor, row[0].id)
        if not out.ok:
            return None
        dlg = RoundDialog(self.session, out.value, self)
        dlg.open()
        return dlg

    def new_route(self) -> None:
        RouteDialog(self.session, self).open()

    def _route(self, title: str):
        row = chosen(self.routes_view, self, title, self.tr("Choose a route in the list first."))
        if row is None:
            return None
        return next((r for r in stairwell.routes(self.session.ctx, self.session.actor) if r.id == row[0].id), None)

    def edit_route(self) -> RouteDialog | None:
        route = self._route(self.tr("Edit route"))
        if route is None:
            return None
        dlg = RouteDialog(self.session, self, route)
        dlg.open()
        return dlg

    def retire_route(self) -> None:
        route = self._route(self.tr("Retire route"))
        if route is None:
            return
        if confirm(self, self.tr("Retire the route {name} of {building}? It is no longer walked nor counted as missed; "
                                 "its rounds stay on record.").format(name=route.name, building=route.building)):
            errors.call(self, stairwell.retire_route, self.session.ctx, self.session.actor, route.id)

    record_key = "id"  # show_record's record: the finding's id (of `selected()`)

    def selected(self):
        """The finding chosen in the list (a FindingView), or None."""
        index = self.findings_view.currentIndex()
        return self.findings.row_at(index.row())[3] if index.isValid() else None

    def show_record(self, finding_id: int) -> bool:
        """The morning list's 转到 on a finding not yet handed on: that finding chosen in the list."""
        self.refresh()
        for r in range(self.findings.rowCount()):
            if self.findings.row_at(r)[3].id == finding_id:
                self.findings_view.selectRow(r)
                self.findings_view.scrollTo(self.findings.index(r, 0))
                self.findings_view.setFocus()
                return True
        return False

    def chosen_findings(self) -> list:
        """The findings chosen in the list (Ctrl/Shift+click chooses several), in the list's order."""
        rows = sorted({i.row() for i in self.findings_view.selectionModel().selectedRows()})
        if not rows and self.findings_view.currentIndex().isValid():
            rows = [self.findings_view.currentIndex().row()]
        return [self.findings.row_at(r) for r in rows]

    def hand_on(self, kind: FollowUp | None) -> None:
        """The chosen findings to engineering or cleaning (`kind`), or each where its item suggests
        (None), once the steward has said yes to where each one goes."""
        rows = self.chosen_findings()
        if not rows:
            QMessageBox.information(self, self.tr("Hand on a finding"), as_typed(self.tr("Choose a finding in the list first.")))
            return
        plan = [(row, kind or suggested_follow_up(row[3].item)) for row in rows]

        def paper(k: FollowUp) -> str:
            return self.tr("a repair order") if k is FollowUp.REPAIR else self.tr("a cleaning task")

        if len(plan) == 1:
            (day, building, point, finding), k = plan[0]
            question = self.tr("Hand on to {who} as {paper}?\n{building} {point}, {day}: {item} — {text}").format(
                who=k.value, paper=paper(k), building=building, point=point, day=fmt(day), item=finding.item,
                text=finding.text)
        else:
            question = "\n".join([self.tr("Hand on these {n} findings?").format(n=len(plan))] + [
                self.tr("{building} {point}, {day}: {item} — {text} → {who} ({paper})").format(
                    building=building, point=point, day=fmt(day), item=finding.item, text=finding.text, who=k.value,
                    paper=paper(k)) for (day, building, point, finding), k in plan])
        if not confirm(self, question):
            return
        handed = []
        for (_day, _building, _point, finding), k in plan:
            out = errors.call(self, stairwell.follow_up, self.session.ctx, self.session.actor, finding.id, k)
            if not out.ok:
                break
            handed.append((k, out.value))
        if handed:
            self.last_handed = "、".join(ref for _, ref in handed)
            by_kind: dict[FollowUp, list[str]] = {}
            for k, ref in handed:
                by_kind.setdefault(k, []).append(ref)
            self.notice.setText("；".join(self.tr("Handed to {who}: {ref}").format(who=k.value, ref="、".join(refs))
                                         for k, refs in by_kind.items()))
            if FollowUp.REPAIR in by_kind:
                self.offer_print(by_kind[FollowUp.REPAIR])

    def on_site(self) -> None:
        """现场处理…: the chosen findings were put right there and then (a bulb swapped): what was done,
        and they leave the list with no order made."""
        rows = self.chosen_findings()
        if not rows:
            QMessageBox.information(self, self.tr("Put right on the spot"),
                                    as_typed(self.tr("Choose a finding in the list first.")))
            return
        ids = [row[3].id for row in rows]
        what = "；".join(f"{building} {point} {finding.item}：{finding.text}" for _d, building, point, finding in rows)
        ctx, actor = self.session.ctx, self.session.actor
        dlg = ask_line(self, self.tr("Put right on the spot"),
                       self.tr("What was done about: {what}").format(what=what), "处理情况",
                       lambda note: stairwell.handle_on_site(ctx, actor, ids, note))
        dlg.accepted.connect(lambda: self.notice.setText(self.tr("Put right on the spot: {n}").format(n=len(ids))))

    def offer_print(self, numbers: list[str]) -> None:
        """The 工程维修单 just made, offered for printing: the technician takes the paper up the stairs
        (reception's print of the order, `repairs.repair_pdf`, in the preview to print or save)."""
        answer = QMessageBox.question(
            self, self.tr("Print repair order"),
            as_typed(self.tr("Print the repair order {numbers} for engineering now?").format(numbers="、".join(numbers))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            return
        out = errors.call(self, repairs.repair_pdf, self.session.ctx, self.session.actor, numbers)
        if out.ok:
            self.last_preview = preview(self, out.value, self.tr("Repair order {n}").format(n="、".join(numbers)),
                                        f"工程维修单-{numbers[0]}.pdf" if len(numbers) == 1 else "工程维修单.pdf")

    def print_sheet(self) -> None:
        out = errors.call(self, lambda: stairwell.weekly_sheet_pdf(
            self.session.ctx, self.session.actor, self.sheet_building.currentData(), self.sheet_day.value()),
            fields={"日期": self.sheet_day})
        if out.ok:
            self.last_preview = preview(self, out.value, self.tr("Stairwell weekly sheet"),
                                        f"楼道巡查周报表-{self.sheet_building.currentText()}.pdf")
