"""PLOVER event coding of Arabic news: triggers, arguments, modes, dates and a sentence classifier."""
