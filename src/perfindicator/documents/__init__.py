"""Documents: forms read from cells, whatever file they came in, and the Shanghai text layout.

`grid` (placed, exact cells), `labels` (the header spellings of every known template),
`table` (`read_table`), `monitoring_report` (`MonitoringReport`, a monitoring table read, and
`format_monitoring`), `_rows` (indicator rows read by meaning, and cell text on one line; internal), `shanghai` (the Shanghai text
reader and writer). Works on text and cells already in memory; imports reports, scoring, the
grammar and the model, never `io`.
"""
