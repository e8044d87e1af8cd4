"""Language layers. ``marsad.lang.ar`` is Arabic; ``identify`` tells which language a document is in."""
