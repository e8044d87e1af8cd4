"""Clean-up of pages flattened to text: line roles, title, byline, publisher and page date."""
