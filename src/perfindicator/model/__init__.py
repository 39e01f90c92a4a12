"""The domain model: categories, quantities and units, the target kinds, the project.

Frozen attrs classes validated on construction. Imports only the bottom layer (`errors`,
`_lexicon`, `_syntax`, `_exact`, `_repr`); never the grammar, scoring or anything above.
"""
