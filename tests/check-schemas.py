#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The JSON Schemas in docs/schemas accept every bundled file and refuse the broken example,
so editors that use them agree with `unknot --check-routine` on the files they see."""
import glob
import json
import os
import sys

import jsonschema

top = sys.argv[1]
schemas = os.path.join(top, "docs", "schemas")
routine = json.load(open(os.path.join(schemas, "routine.schema.json")))
library = json.load(open(os.path.join(schemas, "breathing-patterns.schema.json")))
anatomy = json.load(open(os.path.join(schemas, "anatomy.schema.json")))
for schema in (routine, library, anatomy):
    jsonschema.Draft202012Validator.check_schema(schema)

failed = False
for path in sorted(glob.glob(os.path.join(top, "resources", "routines", "*.json"))):
    schema = library if path.endswith("breathing-patterns.json") else routine
    for error in jsonschema.Draft202012Validator(schema).iter_errors(json.load(open(path))):
        failed = True
        print(f"{os.path.basename(path)}: {error.json_path}: {error.message}")

for path in sorted(glob.glob(os.path.join(top, "resources", "anatomy", "*.json"))):
    for error in jsonschema.Draft202012Validator(anatomy).iter_errors(json.load(open(path))):
        failed = True
        print(f"{os.path.basename(path)}: {error.json_path}: {error.message}")

bad = json.load(open(os.path.join(top, "tests", "data", "bad-routine.json")))
if not list(jsonschema.Draft202012Validator(anatomy).iter_errors(bad)):
    failed = True
    print("the anatomy schema accepts a routine")
if not list(jsonschema.Draft202012Validator(routine).iter_errors(bad)):
    failed = True
    print("the schema accepts tests/data/bad-routine.json")

print("schemas: " + ("problems above" if failed else "every bundled file valid, the broken example refused"))
sys.exit(1 if failed else 0)
