"""Difference markers for 'who does what': where regions disagree, or only one describes a task."""

from __future__ import annotations

from collections.abc import Sequence

from generator.compare.model import Marker, RegionColumn, TaskCell
from generator.messages import message


def task_marker(cells: Sequence[TaskCell], regions: Sequence[RegionColumn]) -> Marker | None:
    """'vain <alue>' when exactly one of several regions describes the task at all;
    'eri vastuutaho' when regions that name roles for it name different ones.

    A region that describes the task without naming a role is not counted as disagreeing: its cell
    already shows the missing role, and there is nothing to compare it with. With fewer than two
    regions describing the service there is no difference to mark (every task would be 'vain …').
    """
    if sum(1 for region in regions if region.described) < 2:
        return None
    describing = [region for region, cell in zip(regions, cells, strict=True) if cell.described]
    if len(describing) == 1:
        return Marker(kind="vain-yksi-alue", label=message("compare.marker.only_region", region=describing[0].name))
    role_sets = {frozenset(r.id for r in cell.roles) for cell in cells if cell.roles}
    if len(role_sets) > 1:
        return Marker(kind="eri-vastuutaho", label=message("compare.marker.different_roles"))
    return None
