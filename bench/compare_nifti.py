#!/usr/bin/python3
"""Compares two NIfTI files in patient space: same voxel values after mapping one voxel grid
onto the other through their affines (axis permutations and flips only). Prints a RESULT row
for scripts/bench. Usage: compare_nifti.py ETALON.nii REFERENCE.nii LABEL"""
import sys

import numpy as np

try:
    import nibabel as nib
except ImportError:
    print("RESULT|%s|nibabel missing (apt install python3-nibabel)|||same|n/a" % sys.argv[3])
    sys.exit(0)

etalon, reference, label = sys.argv[1:4]
e = nib.load(etalon)
r = nib.load(reference)
ok = e.shape == r.shape
if ok:
    mapping = np.linalg.inv(r.affine) @ e.affine  # etalon index -> reference index
    axes = np.argmax(np.abs(mapping[:3, :3]), axis=0)
    ok = np.allclose(np.abs(mapping[:3, :3])[axes, range(3)], 1, atol=1e-3) and len(set(axes)) == 3
if ok:
    data = np.transpose(r.get_fdata(dtype=np.float32), axes)
    for a in range(3):
        if mapping[axes[a], a] < 0:
            data = np.flip(data, a)
    ok = np.array_equal(e.get_fdata(dtype=np.float32), data)
print("RESULT|%s|%s|dcm2niix||same|%s" % (label, "same" if ok else "DIFFERENT", "ok" if ok else "MISSED"))
