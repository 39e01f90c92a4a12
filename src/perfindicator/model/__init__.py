"""The domain model: categories, quantities and units, the target kinds, the project.

Frozen attrs classes validated on construction. Imports only `errors`, `_lexicon`, `_syntax`
and `_exact` (the layer below); never the grammar, scoring or anything above.
"""
