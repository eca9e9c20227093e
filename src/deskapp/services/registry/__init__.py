"""业户档案 (the owner and unit files): `files` the community, buildings, units, people,
chronicle and front-desk instructions; `transfer` the change of ownership; `completeness` the
file check; `exports` the Excel registers; `prints` the printed 《业户档案》; `filters` the
register's filter and row types for the GUI."""
