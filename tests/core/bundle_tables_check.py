"""Independent check of a release bundle's label tables (labels.csv, readings.csv, findings.csv,
annotations_coco.json) against the input the test built them from (input.json).

Usage: bundle_tables_check.py BUNDLE_DIR INPUT_JSON. Prints one line per problem; exit 1 if any.
Every expected value is recomputed here from the raw input (geometry, findings), not read from
Etalon: patient coordinates from origin + sum(index * spacing * axis), polygon areas by the
shoelace formula, mask voxel counts and volumes, COCO pixel-edge coordinates.
"""
import csv
import json
import math
import os
import sys

import pydicom

bundle, input_path = sys.argv[1], sys.argv[2]
cfg = json.load(open(input_path, encoding="utf-8"))
errors = []


def fail(msg):
    errors.append(msg)


def close(a, b, tol=1e-4):
    return abs(a - b) <= tol * max(1.0, abs(b))


def read_csv(name):
    with open(os.path.join(bundle, name), newline="", encoding="utf-8") as f:
        raw = f.read()
    if "\r" in raw:
        fail(name + ": line ends are not '\\n'")
    with open(os.path.join(bundle, name), newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return rows[0], [dict(zip(rows[0], r)) for r in rows[1:]], rows


schema = cfg["schema"]
finding_labels = [l["code"] for l in schema["findingLabels"]]
label_names = {l["code"]: l["name"] for l in schema["findingLabels"]}
class_names = {c["code"]: c["name"] for c in schema["classes"]}
units = cfg["units"]

# The geometry passed to us must be the one the DICOM headers state (for units loaded from files).
for u in units:
    g = u.get("geometry")
    if not g or not u.get("sources"):
        continue
    first = pydicom.dcmread(u["sources"][0], stop_before_pixels=True)
    if "ImagePositionPatient" not in first:  # a projection image: no patient geometry to compare
        continue
    ipp = [float(v) for v in first.ImagePositionPatient]
    iop = [float(v) for v in first.ImageOrientationPatient]
    ps = [float(v) for v in first.PixelSpacing]
    if not all(close(a, b) for a, b in zip(g["origin"], ipp)):
        fail("%s: geometry origin %s is not the first slice's position %s" % (u["pseudonym"], g["origin"], ipp))
    if not all(close(a, b) for a, b in zip(g["axes"][0] + g["axes"][1], iop)):
        fail("%s: geometry axes differ from Image Orientation" % u["pseudonym"])
    if not (close(g["spacing"][0], ps[1]) and close(g["spacing"][1], ps[0])):
        fail("%s: geometry spacing differs from Pixel Spacing" % u["pseudonym"])


def to_patient(g, index):
    return [g["origin"][c] + sum(index[a] * g["spacing"][a] * g["axes"][a][c] for a in range(3)) for c in range(3)]


def shoelace(poly):
    n = len(poly)
    return 0.5 * sum(poly[a][0] * poly[(a + 1) % n][1] - poly[(a + 1) % n][0] * poly[a][1] for a in range(n))


def polygon_centroid(poly):
    a = shoelace(poly)
    n = len(poly)
    if abs(a) < 1e-12:
        return [sum(p[0] for p in poly) / n, sum(p[1] for p in poly) / n]
    cx = cy = 0.0
    for q in range(n):
        x0, y0 = poly[q]
        x1, y1 = poly[(q + 1) % n]
        cr = x0 * y1 - x1 * y0
        cx += (x0 + x1) * cr
        cy += (y0 + y1) * cr
    return [cx / (6 * a), cy / (6 * a)]


PLANE = {0: (1, 2), 1: (0, 2), 2: (0, 1)}


def expected_rows(f, g):
    """Expected findings.csv values of one finding (a list: masks give one row per label value)."""
    kind = f["kind"]
    out = []
    if kind == "point":
        idx = f["index"]
        out.append(dict(label=f["label"], slice_first=round(idx[2]), slice_last=round(idx[2]), index=idx,
                        size=None, diameter_mm=f.get("diameterMm"), area_mm2=None, volume_mm3=None, voxels=None))
    elif kind == "box":
        idx = [(f["i0"] + f["i1"]) / 2, (f["j0"] + f["j1"]) / 2, (f["k0"] + f["k1"]) / 2]
        out.append(dict(label=f["label"], slice_first=f["k0"], slice_last=f["k1"], index=idx,
                        size=[f["i1"] - f["i0"], f["j1"] - f["j0"], f["k1"] - f["k0"] + 1],
                        diameter_mm=None, area_mm2=None, volume_mm3=None, voxels=None))
    elif kind == "contour":
        axis = f["axis"]
        u, v = PLANE[axis]
        total = 0.0
        acc = [0.0, 0.0, 0.0]
        us, vs = [], []
        for s, poly in f["slices"].items():
            s = int(s)
            a = abs(shoelace(poly))
            c = polygon_centroid(poly)
            idx = [0.0, 0.0, 0.0]
            idx[u], idx[v], idx[axis] = c[0], c[1], s
            total += a
            for q in range(3):
                acc[q] += idx[q] * a
            us += [p[0] for p in poly]
            vs += [p[1] for p in poly]
        idx = [acc[q] / total for q in range(3)]
        keys = sorted(int(s) for s in f["slices"])
        size = [0, 0, 0]
        size[u], size[v], size[axis] = max(us) - min(us), max(vs) - min(vs), keys[-1] - keys[0] + 1
        if axis == 2:
            first, last = keys[0], keys[-1]
        else:
            first, last = math.ceil(min(vs)), math.floor(max(vs))
        area = total * g["spacing"][u] * g["spacing"][v] if g else None
        out.append(dict(label=f["label"], slice_first=first, slice_last=last, index=idx, size=size,
                        diameter_mm=None, area_mm2=area, volume_mm3=None, voxels=None))
    elif kind == "mask":
        by_value = {}
        for i, j, k, val in f["voxels"]:
            by_value.setdefault(val, []).append((i, j, k))
        for val in sorted(by_value):
            vox = by_value[val]
            n = len(vox)
            idx = [sum(p[q] for p in vox) / n for q in range(3)]
            lo = [min(p[q] for p in vox) for q in range(3)]
            hi = [max(p[q] for p in vox) for q in range(3)]
            vol = n * g["spacing"][0] * g["spacing"][1] * g["spacing"][2] if g else None
            out.append(dict(label=finding_labels[val - 1], slice_first=lo[2], slice_last=hi[2], index=idx,
                            size=[hi[q] - lo[q] + 1 for q in range(3)], diameter_mm=None, area_mm2=None,
                            volume_mm3=vol, voxels=n))
    return out


def check_number(where, text, expected):
    if expected is None:
        if text != "":
            fail("%s: expected an empty cell, got %r" % (where, text))
        return
    try:
        value = float(text)
    except ValueError:
        fail("%s: %r is not a number" % (where, text))
        return
    if not close(value, float(expected)):
        fail("%s: %s, expected %s" % (where, text, expected))


# labels.csv
header, rows, raw = read_csv("labels.csv")
want = ["study_id", "study_instance_uid", "series_instance_uid", "modality", "final_class", "final_class_name",
        "verification_level", "outcome", "exclusion_reason", "label_corrections", "findings", "dicom_folder"]
if header != want:
    fail("labels.csv header %s" % header)
if len(rows) != len(units):
    fail("labels.csv has %d rows, expected %d" % (len(rows), len(units)))
for u, r in zip(units, rows):
    w = "labels.csv " + u["pseudonym"]
    exp = {"study_id": u["pseudonym"], "study_instance_uid": u["studyInstanceUid"],
           "series_instance_uid": u["seriesInstanceUid"], "modality": u["modality"],
           "final_class": u.get("studyClass") or "", "final_class_name": class_names.get(u.get("studyClass"), ""),
           "verification_level": u["verificationLevel"], "outcome": u["finalState"],
           "exclusion_reason": u["exclusionReason"], "label_corrections": str(u["corrections"]),
           "findings": str(len(u["finals"])), "dicom_folder": u["dicomFolder"]}
    for key, value in exp.items():
        if r.get(key) != value:
            fail("%s %s: %r, expected %r" % (w, key, r.get(key), value))

# readings.csv
header, rows, _ = read_csv("readings.csv")
want = ["study_id", "reader", "role", "reader_years_experience", "reader_degree", "state", "class", "findings",
        "seconds_spent"]
if header != want:
    fail("readings.csv header %s" % header)
exp_readings = [(u, rd) for u in units for rd in u["readings"]]
if len(rows) != len(exp_readings):
    fail("readings.csv has %d rows, expected %d" % (len(rows), len(exp_readings)))
for (u, rd), r in zip(exp_readings, rows):
    exp = {"study_id": u["pseudonym"], "reader": rd["reader"], "role": rd["role"],
           "reader_years_experience": str(rd["yearsExperience"]), "reader_degree": rd["degree"],
           "state": rd["state"], "class": rd.get("studyClass") or "", "findings": str(len(rd["findings"])),
           "seconds_spent": str(rd["secondsSpent"])}
    for key, value in exp.items():
        if r.get(key) != value:
            fail("readings.csv %s/%s %s: %r, expected %r" % (u["pseudonym"], rd["reader"], key, r.get(key), value))

# findings.csv
header, rows, _ = read_csv("findings.csv")
want = ["study_id", "source", "finding", "kind", "label", "label_name", "attributes", "slice_first", "slice_last",
        "index_i", "index_j", "index_k", "patient_x", "patient_y", "patient_z", "size_i", "size_j", "size_k",
        "diameter_mm", "area_mm2", "volume_mm3", "voxels"]
if header != want:
    fail("findings.csv header %s" % header)
expected = []
for u in units:
    g = u.get("geometry")
    for source, findings in [("final", u["finals"])] + [(rd["reader"], rd["findings"]) for rd in u["readings"]]:
        for n, f in enumerate(findings, 1):
            for e in expected_rows(f, g):
                expected.append((u, g, source, n, f, e))
if len(rows) != len(expected):
    fail("findings.csv has %d rows, expected %d" % (len(rows), len(expected)))
kinds_seen = set()
for (u, g, source, n, f, e), r in zip(expected, rows):
    w = "findings.csv %s/%s/%d" % (u["pseudonym"], source, n)
    kinds_seen.add(f["kind"])
    for key, value in {"study_id": u["pseudonym"], "source": source, "finding": str(n), "kind": f["kind"],
                       "label": e["label"], "label_name": label_names.get(e["label"], "")}.items():
        if r.get(key) != value:
            fail("%s %s: %r, expected %r" % (w, key, r.get(key), value))
    attrs = json.loads(r["attributes"]) if r["attributes"] else {}
    if attrs != f.get("attributes", {}):
        fail("%s attributes %r, expected %r" % (w, attrs, f.get("attributes")))
    check_number(w + " slice_first", r["slice_first"], e["slice_first"])
    check_number(w + " slice_last", r["slice_last"], e["slice_last"])
    for q, key in enumerate(("index_i", "index_j", "index_k")):
        check_number(w + " " + key, r[key], e["index"][q])
    patient = to_patient(g, e["index"]) if g else [None] * 3
    for q, key in enumerate(("patient_x", "patient_y", "patient_z")):
        check_number(w + " " + key, r[key], patient[q])
    for q, key in enumerate(("size_i", "size_j", "size_k")):
        check_number(w + " " + key, r[key], e["size"][q] if e["size"] else None)
    for key in ("diameter_mm", "area_mm2", "volume_mm3", "voxels"):
        check_number(w + " " + key, r[key], e[key])
for kind in ("point", "box", "contour", "mask"):
    if kind not in kinds_seen:
        fail("findings.csv has no %s row" % kind)

# annotations_coco.json
coco = json.load(open(os.path.join(bundle, "annotations_coco.json"), encoding="utf-8"))
for key in ("info", "licenses", "images", "annotations", "categories"):
    if key not in coco:
        fail("COCO: no %s" % key)
cats = {c["id"]: c for c in coco["categories"]}
if [c["name"] for c in coco["categories"]] != finding_labels or sorted(cats) != list(range(1, len(finding_labels) + 1)):
    fail("COCO categories %s" % coco["categories"])
if any(c["supercategory"] != "finding" for c in coco["categories"]):
    fail("COCO supercategory")
if coco["info"].get("version") != cfg["version"]:
    fail("COCO info version %r" % coco["info"].get("version"))
if [l["name"] for l in coco["licenses"]] != [cfg["licence"]]:
    fail("COCO licenses %s" % coco["licenses"])
images = {im["id"]: im for im in coco["images"]}
if len(images) != len(coco["images"]):
    fail("COCO image ids not unique")
two_d = [u for u in units if u.get("geometry") and u["geometry"]["size"][2] == 1
         and u["finalState"] in ("agreed", "arbitrated")]
if sorted(im["file_name"] for im in coco["images"]) != sorted(u["sliceFiles"][0] for u in two_d):
    fail("COCO images %s, expected the 2D released units %s" % ([im["file_name"] for im in coco["images"]],
                                                                 [u["pseudonym"] for u in two_d]))
ann_ids = [a["id"] for a in coco["annotations"]]
if len(set(ann_ids)) != len(ann_ids):
    fail("COCO annotation ids not unique")
for a in coco["annotations"]:
    if a["image_id"] not in images:
        fail("COCO annotation %s: image %s does not exist" % (a["id"], a["image_id"]))
        continue
    if a["category_id"] not in cats:
        fail("COCO annotation %s: category %s does not exist" % (a["id"], a["category_id"]))
    im = images[a["image_id"]]
    x, y, w, h = a["bbox"]
    if not (x >= 0 and y >= 0 and w > 0 and h > 0 and x + w <= im["width"] + 1e-9 and y + h <= im["height"] + 1e-9):
        fail("COCO annotation %s: bbox %s outside the %dx%d image" % (a["id"], a["bbox"], im["width"], im["height"]))
    if not a["area"] > 0:
        fail("COCO annotation %s: area %s" % (a["id"], a["area"]))
    if a.get("iscrowd") != 0:
        fail("COCO annotation %s: iscrowd" % a["id"])
# Expected annotations, recomputed from the 2D units' final boxes and contours.
exp_anns = []
for u in two_d:
    g = u["geometry"]
    for f in u["finals"]:
        cat = finding_labels.index(f["label"]) + 1
        if f["kind"] == "box":
            bbox = [f["i0"] + 0.5, f["j0"] + 0.5, f["i1"] - f["i0"], f["j1"] - f["j0"]]
            exp_anns.append((u["sliceFiles"][0], cat, bbox, bbox[2] * bbox[3], None))
        elif f["kind"] == "contour":
            poly = [[p[0] + 0.5, p[1] + 0.5] for p in f["slices"]["0"]]
            xs, ys = [p[0] for p in poly], [p[1] for p in poly]
            bbox = [min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)]
            exp_anns.append((u["sliceFiles"][0], cat, bbox, abs(shoelace(poly)), [c for p in poly for c in p]))
if len(exp_anns) != len(coco["annotations"]):
    fail("COCO has %d annotations, expected %d" % (len(coco["annotations"]), len(exp_anns)))
for (file_name, cat, bbox, area, seg), a in zip(exp_anns, coco["annotations"]):
    if images[a["image_id"]]["file_name"] != file_name or a["category_id"] != cat:
        fail("COCO annotation %s: image/category %s/%s" % (a["id"], a["image_id"], a["category_id"]))
    if not all(close(p, q) for p, q in zip(a["bbox"], bbox)):
        fail("COCO annotation %s: bbox %s, expected %s" % (a["id"], a["bbox"], bbox))
    if not close(a["area"], area):
        fail("COCO annotation %s: area %s, expected %s" % (a["id"], a["area"], area))
    if seg is None and "segmentation" in a:
        fail("COCO annotation %s: a box with a segmentation" % a["id"])
    if seg is not None and (len(a["segmentation"]) != 1
                            or not all(close(p, q) for p, q in zip(a["segmentation"][0], seg))):
        fail("COCO annotation %s: segmentation %s, expected %s" % (a["id"], a["segmentation"], seg))

# Nothing that must stay inside Etalon appears in any output file.
for name in ("labels.csv", "readings.csv", "findings.csv", "annotations_coco.json"):
    text = open(os.path.join(bundle, name), encoding="utf-8").read()
    for secret in cfg["forbidden"]:
        if secret in text:
            fail("%s contains %r" % (name, secret))

for e in errors:
    print(e)
print("checked %d findings rows, %d COCO annotations; %d problems" % (len(expected), len(coco["annotations"]),
                                                                       len(errors)))
sys.exit(1 if errors else 0)
