"""公共娱乐休闲设施 (the public leisure facilities): `facilities` the list the supervisor keeps;
`bookings` booking, approval and the printed 预约确认单; `closures` 停用维护 and the holders to
call; `checks` the daily 开馆/闭馆检查 whose findings become repair orders; `today` the morning
list; `registers` the monthly 《公共设施预约登记表》."""

# The modules another area may import (tests/test_layers.py::test_areas_meet_only_at_their_open_modules):
# nothing: the facilities are the desk's own.
OPEN_TO_OTHER_AREAS = ()
