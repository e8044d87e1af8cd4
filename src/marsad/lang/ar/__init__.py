"""Arabic: normalisation with offsets, tokens and sentences, numbers and quantities, dates and times."""
