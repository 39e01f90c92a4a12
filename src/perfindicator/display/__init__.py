"""Display: one table specification per result, rendered to HTML (Jupyter) and to text.

Imports audits, reports, scoring and the model; never interchange, io or the command line.
"""
