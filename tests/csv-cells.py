#!/usr/bin/env python3
"""Reads CSV on standard input and counts its cells: those a spreadsheet
would run as a formula (first character = + - @ TAB CR, and not a plain
number) and those neutralised with a leading quote.
usage: csv-cells.py [SEP]"""
import csv
import re
import sys

sep = sys.argv[1] if len(sys.argv) > 1 else ","
number = re.compile(r"-?[0-9]+(\.[0-9]+)?\Z")
cells = formulas = quoted = 0
for row in csv.reader(sys.stdin, delimiter=sep):
    for cell in row:
        cells += 1
        if cell[:1] in ("=", "+", "-", "@", "\t", "\r") and not number.match(cell):
            formulas += 1
        if cell[:1] == "'" and cell[1:2] in ("=", "+", "-", "@", "\t", "\r"):
            quoted += 1
print(f"cells {'>0' if cells else '0'}, formulas {formulas}, quoted {quoted}")
