"""楼宇管家 (rounds) papers: move-in records, release slips, decoration permits and notices,
stairwell sheets and surveys; `common` holds their shared page furniture."""
