"""Input arguments: INPUT... and --url; a usage error (exit 2) when neither is given."""
from __future__ import annotations

import pytest

from marsad.cli import build_parser
from marsad.cli._common import gather_inputs


def _args(argv: list[str]):
    return build_parser().parse_args(argv)


@pytest.mark.parametrize("argv,want", [
    (["analyze", "a.txt", "b/"], ["a.txt", "b/"]),
    (["analyze", "--url", "https://example.com/feed.xml"], ["https://example.com/feed.xml"]),
    (["analyze", "-", "--url", "http://a.test/x", "--url", "http://b.test/y"], ["-", "http://a.test/x", "http://b.test/y"]),
])
def test_gather_inputs(argv, want):
    assert gather_inputs(_args(argv)) == (want, 0)


@pytest.mark.parametrize("argv,message", [
    (["analyze"], "give at least one INPUT or --url"),
    (["analyze", "--json"], "give at least one INPUT or --url"),
    (["analyze", "-", "-"], "standard input ('-') can be read only once"),
])
def test_no_input_is_a_usage_error(argv, message, capsys):
    with pytest.raises(SystemExit) as exit_:
        gather_inputs(_args(argv))
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


@pytest.mark.parametrize("url", ["ftp://example.com/x", "example.com/news", "file:///etc/passwd"])
def test_url_must_be_http(url, capsys):
    with pytest.raises(SystemExit) as exit_:
        _args(["analyze", "--url", url])
    assert exit_.value.code == 2 and "not an http(s) URL" in capsys.readouterr().err


@pytest.mark.parametrize("value,ok", [("2022-05-13", True), ("13/05/2022", False), ("2022-02-30", False)])
def test_published_option_is_a_date(value, ok, capsys):
    if ok:
        assert _args(["analyze", "--published", value, "a.txt"]).published == value
    else:
        with pytest.raises(SystemExit) as exit_:
            _args(["analyze", "--published", value, "a.txt"])
        assert exit_.value.code == 2 and "not a date" in capsys.readouterr().err
