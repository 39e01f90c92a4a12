"""Interchange: dicts and JSON through cattrs, JSON Schema, flat records.

Sits above documents and audits, whose results it turns into records; imports them, reports,
scoring, the grammar and the model; never display, io or the command line.
"""
