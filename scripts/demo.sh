#!/bin/sh
# Install perfindicator with every file format into .venv, then:
# 1. self-evaluate the bundled Shanghai example forms with the bundled illustrative (not
#    official) actual values;
# 2. read real templates of other provinces from the bundled Excel and PDF files: a Sichuan
#    declaration with sign, value and unit in separate cells, weights and direction, and a
#    Ningxia form linted for the template placeholders left in its indicator names;
# 3. light the mid-year progress a Hubei 2019 monitoring table (监控表) reports;
# 4. audit two published self-evaluations (绩效自评表): a Ningxia 2022 one, whose OCR-damaged
#    lines are reported as unreadable rather than guessed and whose lenient score is marked as
#    the assessor's discretion, and an Anhui 2022 one that follows the rules in every figure;
# 5. batch every bundled Excel and PDF form in two worker processes into one table per kind
#    (projects, indicators, findings, audits, discrepancies, monitoring, errors) and show the
#    audits table: the same totals from both formats of each self-evaluation.
set -eu
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install --quiet --disable-pip-version-check '.[all]'
echo "== Self-evaluation of three Shanghai 2022 declaration forms (examples/forms/*.txt)"
.venv/bin/perfindicator evaluate examples/forms/shanghai-justice-2022.txt examples/actuals-illustrative.json
echo
echo "== A Sichuan 2023 declaration, read from Excel (examples/forms/templates/*.xlsx)"
.venv/bin/perfindicator show examples/forms/templates/sichuan_jingyan_2023.xlsx
echo "== A Ningxia 2022 declaration, read from PDF and linted"
.venv/bin/perfindicator lint examples/forms/templates/ningxia_yuanzhou_2022.pdf || true
echo
echo "== Mid-year monitoring: a Hubei 2019 monitoring table (监控表), read from Excel and lit"
.venv/bin/perfindicator monitor examples/forms/templates/hubei_huangshi_2019.xlsx --on 2019-06-30
echo
echo "== Audit of published self-evaluations (绩效自评表), read from PDF and Excel"
.venv/bin/perfindicator audit examples/forms/templates/ningxia_yuanzhou_selfeval_2022.pdf \
    examples/forms/templates/anhui_chizhou_2022.xlsx || true
echo
echo "== Batch: every bundled Excel and PDF form, two workers, one table per kind (csv)"
tables=$(mktemp -d)
.venv/bin/perfindicator batch examples/forms/templates/*.xlsx examples/forms/templates/*.pdf \
    --out "$tables" --jobs 2
ls "$tables"
echo "-- audits.csv: source, project, reported total, recomputed total, errors, notes"
.venv/bin/python -c 'import csv, sys
for row in csv.DictReader(open(sys.argv[1], encoding="utf-8")):
    print(row["source"], row["project"], row["reported_total"], row["total"], row["errors"], row["notes"], sep="  ")' \
    "$tables/audits.csv"
