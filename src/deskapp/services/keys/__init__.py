"""钥匙与卡 (keys): keys in custody and lending, cards, parking, the monthly count, and their
printing and registers. One module per job; importers name the module they use."""

# The modules another area may import (tests/test_layers.py::test_areas_meet_only_at_their_open_modules):
# custody: keys handed over at move-in (rounds) and keys held at go-live (importing);
# parking and cards: spaces, leases and cards brought in by the go-live import (importing).
OPEN_TO_OTHER_AREAS = ("custody", "parking", "cards")
