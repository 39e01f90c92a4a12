"""Interchange: dicts and JSON through cattrs, JSON Schema, flat records.

Imports reports, scoring, the grammar and the model; never documents, display, io or the
command line.
"""
