"""Reports computed on projects: self-evaluation (绩效自评) and lint (the rule registry).

They share one input-checking step (`_given`). Imports scoring, the grammar and the model;
never documents, interchange, display, io or the command line.
"""
