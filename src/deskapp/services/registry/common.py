"""What the unit-file modules share: the permissions of the area and the unit look-up that refuses
an unknown id."""
from __future__ import annotations

from deskapp.domain.errors import found
from deskapp.domain.permissions import DESK, SUPERVISORS, define
from deskapp.store.models.registry import Unit
from deskapp.store.repositories.registry import RegistryRepository

VIEW = define("registry.view", "查看业户档案", DESK)
EDIT_UNIT = define("registry.unit.edit", "登记或修改房屋", SUPERVISORS)
EDIT_PEOPLE = define("registry.people.edit", "登记或修改业户、住户", DESK)
TRANSFER = define("registry.transfer", "办理产权变更", SUPERVISORS)
CHRONICLE = define("registry.chronicle.add", "添加单元大事记", DESK)
INSTRUCT = define("registry.instruction.edit", "登记前台须知", DESK)
SETUP = define("registry.setup", "设置小区与楼栋", SUPERVISORS)


def unit_or_404(repo: RegistryRepository, unit_id: int) -> Unit:
    return found(repo.unit(unit_id), f"房屋（编号 {unit_id}）不存在")
