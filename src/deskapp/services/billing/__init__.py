"""收费 (billing): fee standards, the quarterly bill run, notices, counter payments and
receipts, the daily handover, arrears and dunning. One module per job; `common` holds the
permissions and settings they share."""
