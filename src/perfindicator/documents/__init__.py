"""Documents: the layouts forms are published in, read into and written from the model.

One module per layout (`shanghai`: the tab-separated text of the Shanghai PDFs). Works on
text already in memory; imports reports, scoring, the grammar and the model, never `io`.
"""
