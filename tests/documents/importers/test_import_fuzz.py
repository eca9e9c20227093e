"""Bounded fuzzing of the importers (issue 14 §1): real workbooks damaged at the byte, zip and
XML level are either read and judged row by row, or refused with one user message — never
another exception, never a crash. The larger run is scripts/fuzz_import.py."""
from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from workbook_mutations import SEEDS, mutate, original

from deskapp.domain.errors import DeskappError
from deskapp.domain.importing import Verdict
from deskapp.services.importing.readings import preview_readings
from deskapp.services.importing.roster import preview_units
from deskapp.store.models.registry import Unit


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.sampled_from(SEEDS), seed=st.integers(0, 2**32 - 1))
@example(name="readings.csv", seed=332)  # truncated to nothing, then damaged again (the mutation failed once)
def test_damaged_real_workbooks_give_verdicts_or_one_message(tmp_path, community, admin, name, seed):
    path = tmp_path / f"fuzz{Path(name).suffix}"
    path.write_bytes(mutate(name, seed))
    for preview in (preview_units, preview_readings):
        try:
            result = preview(community, admin, path)
        except DeskappError as exc:  # refused: the message names the file or the field
            assert str(exc).strip() and "Traceback" not in str(exc)
        else:
            assert all(isinstance(r.verdict, Verdict) for r in result.rows)
    with community.reader() as uow:
        assert uow.session.execute(select(func.count()).select_from(Unit)).scalar() == 0


def test_the_mutations_really_damage_the_files():
    """The fuzzing is only worth something if the variants differ from the originals and from
    each other, and the same seed gives the same file (a failure can be replayed)."""
    for name in SEEDS:
        variants = {mutate(name, seed) for seed in range(20)}
        assert len(variants - {original(name)}) >= 15
        assert mutate(name, 7) == mutate(name, 7)
