"""收费 (billing) papers: notices, receipts (and the 241 套打), handover, dunning and recheck
lists, and the billing registers as workbooks."""
