"""tests/logfail.py: a test that makes the program log an ERROR fails, unless it is marked."""
from __future__ import annotations

import pytest

pytest_plugins = ("pytester",)

_TESTS = '''
import logging
import pytest

def test_logs_an_error():
    logging.getLogger("deskapp.somewhere").error("the receipt could not be printed")

@pytest.mark.allow_logged_errors
def test_expects_an_error():
    logging.getLogger("deskapp.somewhere").error("expected")

def test_warns_only():
    logging.getLogger("deskapp.somewhere").warning("a warning is not a failure")
'''


@pytest.mark.allow_logged_errors  # the inner run's errors reach this test's handler too (same process)
def test_a_logged_error_fails_the_test_unless_it_is_allowed(pytester):
    pytester.makepyfile(test_sample=_TESTS)
    result = pytester.runpytest_inprocess("-p", "logfail", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(["*the program logged an error*",
                                 "*ERROR deskapp.somewhere: the receipt could not be printed*"])
    result.stdout.fnmatch_lines(["FAILED test_sample.py::test_logs_an_error*"])
