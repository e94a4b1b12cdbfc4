"""Independent checks of a release bundle written by Etalon (tst_releasebuilder).

Usage: bundle_check.py SPEC.json
SPEC: {"bundle": dir, "inputs": [the original, PHI-injected files],
       "needles": [strings that must appear nowhere], "units": {pseudonym: {"state", "class"}},
       "masks": {pseudonym: {"label code": [[i, j, k], ...]}},
       "contours": {pseudonym: number of RTSTRUCT contours}}
Prints one line per problem; nothing when the bundle is sound.
"""
import csv, gzip, json, os, re, subprocess, sys, warnings

import nibabel
import numpy as np
import pydicom

from dicom_walk import is_class_uid, values, walk

warnings.filterwarnings("ignore")
spec = json.load(open(sys.argv[1], encoding="utf-8"))
bundle = spec["bundle"]
problems = []


# What must not leak: the needles, every original instance-level UID.
original_uids = set()
for path in spec["inputs"]:
    ds = pydicom.dcmread(path)
    for el in list(walk(ds.file_meta)) + list(walk(ds)):
        if el.VR == "UI" and el.value and not is_class_uid(el):
            for v in values(el):
                if not str(v).startswith("1.2.840.10008."):
                    original_uids.add(str(v))
needles = [n.lower() for n in spec["needles"]]

files = []
for root, _, names in os.walk(bundle):
    for name in names:
        files.append(os.path.relpath(os.path.join(root, name), bundle).replace(os.sep, "/"))
files.sort()

for rel in ["README.md", "README.pdf", "CHANGELOG.md", "registry.csv", "labels.csv", "readings.csv",
            "findings.csv", "annotations_coco.json", "MANIFEST.sha256"]:
    if rel not in files:
        problems.append(f"missing {rel}")

# 1. No identifier in any file name or content (PDF text extracted, gzip decompressed).
for rel in files:
    path = os.path.join(bundle, rel)
    for n in needles + [u.lower() for u in original_uids]:
        if n in rel.lower():
            problems.append(f"file name {rel} contains {n}")
    data = open(path, "rb").read()
    texts = [data]
    if rel.endswith(".gz"):
        texts.append(gzip.decompress(data))
    if rel.endswith(".pdf"):
        texts.append(subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True).stdout)
    for blob in texts:
        low = blob.lower()
        for n in needles:
            if n.encode() in low:
                problems.append(f"{rel} contains {n}")
        for u in original_uids:
            if u.encode() in blob:
                problems.append(f"{rel} contains the original UID {u}")

# 2. DICOM: every tag at every depth; the patient is the unit's pseudonym.
sop_to_file, by_unit = {}, {}
for rel in files:
    if not rel.endswith(".dcm"):
        continue
    unit = rel.split("/")[1]
    ds = pydicom.dcmread(os.path.join(bundle, rel))
    if str(ds.PatientID) != unit or str(ds.PatientName) != unit:
        problems.append(f"{rel}: patient {ds.PatientID}/{ds.PatientName}, expected {unit}")
    if ds.get("PatientIdentityRemoved") != "YES":
        problems.append(f"{rel}: PatientIdentityRemoved is not YES")
    for el in walk(ds):
        if el.tag.is_private:
            problems.append(f"{rel}: private tag {el.tag} kept")
        if el.VR == "PN" and el.value and str(el.value) != unit and el.keyword not in ("PatientName",):
            problems.append(f"{rel}: {el.keyword} = {el.value} (a person's name)")
        if el.VR not in ("OB", "OW", "OF", "OD", "UN", "SQ"):
            text = str(el.value).lower()
            for n in needles:
                if n in text:
                    problems.append(f"{rel}: {el.keyword} holds {n}")
    sop_to_file[str(ds.SOPInstanceUID)] = rel
    if rel.startswith("dicom/"):
        by_unit.setdefault(unit, []).append(ds)

# 3. Labels tables.
with open(os.path.join(bundle, "labels.csv"), newline="", encoding="utf-8") as f:
    labels = {row["study_id"]: row for row in csv.DictReader(f)}
if set(labels) != set(spec["units"]):
    problems.append(f"labels.csv units {sorted(labels)} != {sorted(spec['units'])}")
for unit, want in spec["units"].items():
    row = labels.get(unit)
    if not row:
        continue
    if row["outcome"] != want["state"] or row["final_class"] != want["class"]:
        problems.append(f"labels.csv {unit}: {row['outcome']}/{row['final_class']}, expected {want}")
    released = want["state"] in ("agreed", "arbitrated")
    if released != (unit in by_unit):
        problems.append(f"{unit}: images {'missing' if released else 'released although excluded'}")
    if released:
        uids = {str(d.StudyInstanceUID) for d in by_unit[unit]}
        if uids != {row["study_instance_uid"]}:
            problems.append(f"{unit}: labels.csv study UID {row['study_instance_uid']} vs files {uids}")
with open(os.path.join(bundle, "readings.csv"), newline="", encoding="utf-8") as f:
    readers = {row["reader"] for row in csv.DictReader(f)}
if not readers or not all(re.fullmatch(r"[RE]\d+", r) for r in readers):
    problems.append(f"readings.csv readers are not pseudonyms: {sorted(readers)}")


def slices_of(unit):
    """The unit's image slices sorted along the normal: (position, row dir, col dir, spacing, ds)."""
    out = []
    for d in by_unit.get(unit, []):
        if "ImagePositionPatient" not in d:
            continue
        o = np.array(d.ImageOrientationPatient, float)
        n = np.cross(o[:3], o[3:])
        out.append((float(np.dot(n, np.array(d.ImagePositionPatient, float))), d))
    out.sort(key=lambda t: t[0])
    return [d for _, d in out]


# 4. Masks: NIfTI values and affine against the de-identified DICOM geometry; SEG references.
for unit, labelled in spec["masks"].items():
    nii_rel = f"masks/{unit}/{unit}_labels.nii.gz"
    seg_rel = f"masks/{unit}/{unit}_seg.dcm"
    if nii_rel not in files or seg_rel not in files:
        problems.append(f"{unit}: {nii_rel} or {seg_rel} missing")
        continue
    slices = slices_of(unit)
    img = nibabel.load(os.path.join(bundle, nii_rel))
    data = np.asarray(img.dataobj)
    first = slices[0]
    if data.shape != (int(first.Columns), int(first.Rows), len(slices)):
        problems.append(f"{nii_rel}: shape {data.shape}")
        continue
    codes = list(labelled)
    expected = np.zeros(data.shape, np.uint8)
    for code, voxels in labelled.items():
        value = spec["labelValues"][code]
        for i, j, k in voxels:
            expected[i, j, k] = value
    if not np.array_equal(data, expected):
        problems.append(f"{nii_rel}: {int((data != expected).sum())} voxels differ from the painted mask")
    for i, j, k in [(0, 0, 0), (5, 7, len(slices) - 1), (int(first.Columns) - 1, int(first.Rows) - 1, 0)]:
        d = slices[k]
        o = np.array(d.ImageOrientationPatient, float)
        rs, cs = (float(x) for x in d.PixelSpacing)
        lps = np.array(d.ImagePositionPatient, float) + i * cs * o[:3] + j * rs * o[3:]
        ras = img.affine @ np.array([i, j, k, 1.0])
        if not np.allclose([-ras[0], -ras[1], ras[2]], lps, atol=1e-3):
            problems.append(f"{nii_rel}: voxel {(i, j, k)} -> {ras[:3]}, DICOM says LPS {lps}")
    seg = pydicom.dcmread(os.path.join(bundle, seg_rel))
    unit_sops = {str(d.SOPInstanceUID) for d in by_unit[unit]}
    for el in walk(seg):
        if el.keyword == "ReferencedSOPInstanceUID" and str(el.value) not in unit_sops:
            problems.append(f"{seg_rel}: references {el.value}, not an image of {unit} in the bundle")
    if str(seg.StudyInstanceUID) != str(first.StudyInstanceUID):
        problems.append(f"{seg_rel}: study {seg.StudyInstanceUID} is not the unit's {first.StudyInstanceUID}")
    # Frames: segment by label code, slice by the referenced source image.
    sop_slice = {str(d.SOPInstanceUID): k for k, d in enumerate(slices)}
    segment_code = {int(s.SegmentNumber): str(s.SegmentDescription) for s in seg.SegmentSequence}
    frames = seg.pixel_array.reshape(-1, int(seg.Rows), int(seg.Columns))
    got = np.zeros(data.shape, np.uint8)
    for f, fg in enumerate(seg.PerFrameFunctionalGroupsSequence):
        number = int(fg.SegmentIdentificationSequence[0].ReferencedSegmentNumber)
        sop = str(fg.DerivationImageSequence[0].SourceImageSequence[0].ReferencedSOPInstanceUID)
        k = sop_slice[sop]
        got[:, :, k][frames[f].T > 0] = spec["labelValues"][segment_code[number]]
    if not np.array_equal(got, expected):
        problems.append(f"{seg_rel}: frames differ from the painted mask in {int((got != expected).sum())} voxels")

# 5. RTSTRUCT: contours on the unit's slices.
for unit, count in spec["contours"].items():
    rel = f"masks/{unit}/{unit}_rtstruct.dcm"
    if rel not in files:
        problems.append(f"{rel} missing")
        continue
    rt = pydicom.dcmread(os.path.join(bundle, rel))
    n = 0
    for roi in rt.ROIContourSequence:
        for c in roi.ContourSequence:
            n += 1
            sop = str(c.ContourImageSequence[0].ReferencedSOPInstanceUID)
            if sop not in sop_to_file:
                problems.append(f"{rel}: contour on {sop}, not in the bundle")
                continue
            d = pydicom.dcmread(os.path.join(bundle, sop_to_file[sop]))
            o = np.array(d.ImageOrientationPatient, float)
            normal = np.cross(o[:3], o[3:])
            pts = np.array(c.ContourData, float).reshape(-1, 3)
            if not np.allclose(pts @ normal, np.dot(normal, np.array(d.ImagePositionPatient, float)), atol=1e-3):
                problems.append(f"{rel}: contour points are not on the plane of {sop_to_file[sop]}")
    if n != count:
        problems.append(f"{rel}: {n} contours, expected {count}")

for p in problems:
    print(p)
