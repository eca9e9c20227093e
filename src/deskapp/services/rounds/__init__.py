"""楼宇管家 (issue 8): move-in, decoration and its daily site checks, item release slips,
stairwell rounds and satisfaction surveys. One module per duty; `today` feeds the morning
list, `registers` the supervisor's Excel exports."""
