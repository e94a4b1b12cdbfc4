#!/usr/bin/env python3
"""Independent reference values for Etalon's DICOM indexing tests, computed with pydicom.

  dicom_reference.py headers FILE...      one JSON object per file (header fields)
  dicom_reference.py series PATH...       {"series": {uid: {study, instances, frames}},
                                           "unreadable": [path]}: distinct SOP instances and
                                          frames per SeriesInstanceUID under PATH (recursive)
  dicom_reference.py dicomdir FILE        absolute paths referenced by a DICOMDIR
"""
import json
import os
import sys

import pydicom


def _first(ds, keyword):
    """A value at top level, else in the shared or first per-frame functional groups."""
    if keyword in ds:
        return ds.data_element(keyword).value
    for group_seq in ("SharedFunctionalGroupsSequence", "PerFrameFunctionalGroupsSequence"):
        if group_seq in ds and len(ds[group_seq].value) > 0:
            for macro in ds[group_seq].value[0]:
                if macro.VR == "SQ" and len(macro.value) > 0 and keyword in macro.value[0]:
                    return macro.value[0].data_element(keyword).value
    return None


def _floats(value):
    if value is None:
        return None
    if isinstance(value, (list, pydicom.multival.MultiValue)):
        return [float(v) for v in value]
    return [float(value)]


def _text(ds, keyword):
    v = ds.get(keyword)
    return "" if v is None else str(v).strip()


def header(path):
    ds = pydicom.dcmread(path, force=True, stop_before_pixels=False)
    meta = getattr(ds, "file_meta", None)
    return {
        "path": os.path.abspath(path),
        "sopInstanceUid": _text(ds, "SOPInstanceUID"),
        "mediaStorageSopInstanceUid": str(meta.MediaStorageSOPInstanceUID)
        if meta is not None and "MediaStorageSOPInstanceUID" in meta else "",
        "mediaStorageSopClassUid": str(meta.MediaStorageSOPClassUID)
        if meta is not None and "MediaStorageSOPClassUID" in meta else "",
        "sopClassUid": _text(ds, "SOPClassUID"),
        "transferSyntaxUid": str(meta.TransferSyntaxUID) if meta is not None and "TransferSyntaxUID" in meta else "",
        "studyInstanceUid": _text(ds, "StudyInstanceUID"),
        "seriesInstanceUid": _text(ds, "SeriesInstanceUID"),
        "patientId": _text(ds, "PatientID"),
        "patientName": _text(ds, "PatientName"),
        "patientSex": _text(ds, "PatientSex"),
        "patientAge": _text(ds, "PatientAge"),
        "studyDate": _text(ds, "StudyDate"),
        "modality": _text(ds, "Modality"),
        "seriesNumber": int(ds.SeriesNumber) if ds.get("SeriesNumber") not in (None, "") else 0,
        "instanceNumber": int(ds.InstanceNumber) if ds.get("InstanceNumber") not in (None, "") else 0,
        "rows": int(ds.Rows) if "Rows" in ds else 0,
        "columns": int(ds.Columns) if "Columns" in ds else 0,
        "numberOfFrames": int(ds.NumberOfFrames) if ds.get("NumberOfFrames") not in (None, "") else 1,
        "manufacturer": _text(ds, "Manufacturer"),
        "kvp": _floats(ds.get("KVP") if ds.get("KVP") not in (None, "") else None),
        "sliceThickness": _floats(_first(ds, "SliceThickness")),
        "pixelSpacing": _floats(_first(ds, "PixelSpacing")),
        "imagePositionPatient": _floats(_first(ds, "ImagePositionPatient")),
        "imageOrientationPatient": _floats(_first(ds, "ImageOrientationPatient")),
        "hasPixelData": any(k in ds for k in ("PixelData", "FloatPixelData", "DoubleFloatPixelData")),
    }


def series(paths):
    groups = {}
    unreadable = []
    files = []
    for p in paths:
        if os.path.isdir(p):
            for root, _dirs, names in os.walk(p):
                files.extend(os.path.join(root, n) for n in names)
        else:
            files.append(p)
    for f in sorted(set(files)):
        try:
            ds = pydicom.dcmread(f, stop_before_pixels=True)
        except Exception:
            unreadable.append(os.path.abspath(f))
            continue
        if "SOPInstanceUID" not in ds or "SeriesInstanceUID" not in ds:
            continue  # DICOMDIRs and non-instances
        g = groups.setdefault(str(ds.SeriesInstanceUID),
                              {"study": str(ds.StudyInstanceUID), "sops": set(), "frames": 0})
        sop = str(ds.SOPInstanceUID)
        if sop not in g["sops"]:
            g["sops"].add(sop)
            frames = ds.get("NumberOfFrames")
            g["frames"] += int(frames) if frames not in (None, "") else 1
    return {"series": {uid: {"study": g["study"], "instances": len(g["sops"]), "frames": g["frames"]}
                       for uid, g in groups.items()},
            "unreadable": sorted(unreadable)}


def dicomdir(path):
    ds = pydicom.dcmread(path)
    base = os.path.dirname(os.path.abspath(path))
    out = []
    for record in ds.DirectoryRecordSequence:
        if "ReferencedFileID" in record:
            fid = record.ReferencedFileID
            parts = [fid] if isinstance(fid, str) else list(fid)
            out.append(os.path.normpath(os.path.join(base, *parts)))
    return sorted(set(out))


def main(argv):
    command, args = argv[1], argv[2:]
    if command == "headers":
        result = [header(a) for a in args]
    elif command == "series":
        result = series(args)
    elif command == "dicomdir":
        result = dicomdir(args[0])
    else:
        raise SystemExit("unknown command " + command)
    json.dump(result, sys.stdout, indent=1, sort_keys=True)


if __name__ == "__main__":
    main(sys.argv)
