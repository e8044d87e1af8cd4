"""Across documents: near-duplicates, stories, one event from many reports, timelines, contradictions."""
