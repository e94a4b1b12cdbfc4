#!/usr/bin/python3
"""Independent reference for the decoding tests: pydicom + numpy.

For each file argument prints one JSON object per line:
  {"path", "frames": [{"sha256", "sum", "position"}], "orientation", "pixelSpacing",
   "rescale": [slope, intercept], "window": [center, width] or null, "photometric", "dtype"}
Stored values are before rescale, little-endian, in the stored type; samples that use
fewer bits than allocated are masked (unsigned) or sign-extended (signed); colour frames
are interleaved RGB (YBR_FULL / YBR_FULL_422 converted with pydicom's convert_color_space).
"""
import hashlib
import json
import sys
import warnings

import numpy as np
import pydicom
from pydicom.pixel_data_handlers.util import convert_color_space

warnings.simplefilter("ignore")


def stored(ds):
    arr = ds.pixel_array
    frames = int(ds.get("NumberOfFrames", 1) or 1)
    samples = int(ds.get("SamplesPerPixel", 1))
    if frames == 1:
        arr = arr[np.newaxis, ...]
    photometric = str(ds.get("PhotometricInterpretation", "")).strip()
    if samples == 3 and photometric in ("YBR_FULL", "YBR_FULL_422"):
        arr = convert_color_space(arr, photometric, "RGB", per_frame=True)
    bits = int(ds.BitsAllocated)
    stored_bits = int(ds.get("BitsStored", bits))
    if bits == 1:
        arr = arr.astype(np.uint8)
    elif stored_bits < bits:
        unsigned = arr.view(np.dtype("uint%d" % bits).newbyteorder(arr.dtype.byteorder))
        mask = (1 << stored_bits) - 1
        unsigned = unsigned & mask
        if ds.PixelRepresentation == 1:
            sign = 1 << (stored_bits - 1)
            unsigned = np.where(unsigned & sign, unsigned | ~np.array(mask).astype(unsigned.dtype), unsigned)
        arr = unsigned.view(arr.dtype)
    return arr.astype(arr.dtype.newbyteorder("<"), copy=False)


def frame_geometry(ds, frames):
    positions = [None] * frames
    orientation = ds.get("ImageOrientationPatient")
    spacing = ds.get("PixelSpacing") or ds.get("ImagerPixelSpacing")
    shared = ds.get("SharedFunctionalGroupsSequence")
    per = ds.get("PerFrameFunctionalGroupsSequence")
    if shared:
        g = shared[0]
        if "PlaneOrientationSequence" in g:
            orientation = g.PlaneOrientationSequence[0].ImageOrientationPatient
        if "PixelMeasuresSequence" in g:
            spacing = g.PixelMeasuresSequence[0].PixelSpacing
    if per:
        for n, g in enumerate(per):
            if n >= frames:
                break
            if "PlanePositionSequence" in g:
                positions[n] = [float(x) for x in g.PlanePositionSequence[0].ImagePositionPatient]
            if "PlaneOrientationSequence" in g:
                orientation = g.PlaneOrientationSequence[0].ImageOrientationPatient
    elif "ImagePositionPatient" in ds and frames == 1:
        positions[0] = [float(x) for x in ds.ImagePositionPatient]
    return positions, orientation, spacing


def describe(path):
    ds = pydicom.dcmread(path)
    try:
        arr = stored(ds)
    except Exception:  # compressed without a plugin: geometry only
        arr = np.zeros((int(ds.get("NumberOfFrames", 1) or 1), 0), dtype=np.uint8)
    frames = arr.shape[0]
    positions, orientation, spacing = frame_geometry(ds, frames)
    out = {"path": path, "dtype": str(arr.dtype), "photometric": str(ds.get("PhotometricInterpretation", "")),
           "orientation": [float(x) for x in orientation] if orientation else None,
           "pixelSpacing": [float(x) for x in spacing] if spacing else None,
           "rescale": [float(ds.get("RescaleSlope", 1)), float(ds.get("RescaleIntercept", 0))],
           "window": None, "frames": []}
    wc, ww = ds.get("WindowCenter"), ds.get("WindowWidth")
    if wc is not None and ww is not None:
        first = lambda v: float(v[0]) if isinstance(v, pydicom.multival.MultiValue) else float(v)
        out["window"] = [first(wc), first(ww)]
    for n in range(frames):
        f = np.ascontiguousarray(arr[n])
        out["frames"].append({"sha256": hashlib.sha256(f.tobytes()).hexdigest(), "sum": float(f.sum(dtype=np.float64)),
                              "position": positions[n]})
    return out


for p in sys.argv[1:]:
    print(json.dumps(describe(p)))
