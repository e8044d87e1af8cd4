"""The timeline reads only the events that may lie between the two actors, and gets the same entries as
reading every stored event."""
from __future__ import annotations

import pytest

from marsad.corpus.timeline import timeline
from marsad.store import Store
from marsad.web.queries import channel_reports, channel_timeline


@pytest.mark.parametrize("a, b", [("Austin", "Shoigu"), ("أوستن", "شويغو"), ("USA", "RUS"), ("USAMIL", "RUS"),
                                  ("Blinken", "Lavrov"), ("شويغو", "Lloyd Austin"), ("Biden", "Putin")])
def test_channel_prefilter_keeps_every_entry(web_db, a, b):
    with Store.open(web_db, create=False, readonly=True) as st:
        full = [e.to_dict() for e in timeline(st.reports(extensions=False), a, b)]
        fast = [e.to_dict() for e in channel_timeline(channel_reports(st.conn, a, b), a, b)]
        assert fast == full
        assert len(channel_reports(st.conn, a, b)) <= len(st.reports(extensions=False))
