"""Audits of published documents: where a self-evaluation report departs from the rules.

`audit` recomputes a `SelfEvaluationReport` and returns an `Audit`; each departure is a
`Discrepancy` under one of the codes in `discrepancies.CODES`. Works on documents already
read (`documents`), with the scoring of `reports`; no I/O.
"""
