"""The target grammar: `parse_target`, `parse_quantity` and the outcome wordings.

Builds model objects from what `_syntax` recognises in text. Imports the model and the layer
below it; never scoring, reports, documents or anything above.
"""
