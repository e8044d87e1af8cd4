"""Entities: names found by the NER model (``recognise``) and the actors they stand for."""
