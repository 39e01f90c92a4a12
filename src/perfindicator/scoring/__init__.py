"""Scoring: the exact kernel, `evaluate`, `score` and the rules of practice.

Pure functions on model objects. Imports the grammar (to read actual values given as text),
the model and the layer below; never reports, documents or anything above.
"""
