"""收费 (billing): fee standards, the quarterly bill run, notices, counter payments and
receipts, the daily handover, arrears and dunning. One module per job; `common` holds the
permissions and settings they share."""

# The modules another area may import (tests/test_layers.py::test_areas_meet_only_at_their_open_modules):
# deposits: the 押金台账 that decorations, cards, lent keys and parking leases post to (rounds, keys); refunds: a decoration's deposit refund offered from its tab (rounds); finance_report: the collection figures of the monthly pack (monthpack);
# opening_deposits: the prepayments and deposits held at go-live (importing); history: the old system's payments brought in at go-live (importing); meters: readings taken at move-in and imported from files (rounds, importing); one_off: fees charged at move-in (rounds); payments: card and parking deposits (keys); audit_match: the money cross-check of `deskapp check` (accounts); run and arrears: the demo's quarters of bills; opening: the opening bills a go-live import posts (importing).
OPEN_TO_OTHER_AREAS = ("arrears", "audit_match", "deposits", "finance_report", "history", "meters", "notice_settings", "one_off", "opening",
                       "opening_deposits", "payments", "refunds", "run")
