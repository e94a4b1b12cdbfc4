"""Walking DICOM data sets in the PHI checks of the de-identification and release tests."""
import pydicom


def walk(ds):
    """Every element of ds, and of its sequences' items at any depth."""
    for el in ds:
        yield el
        if el.VR == "SQ":
            for item in el.value:
                yield from walk(item)


def all_elements(path):
    """The file's data set and every element of it and of its meta header."""
    ds = pydicom.dcmread(path)
    return ds, list(walk(ds.file_meta)) + list(walk(ds))


def values(el):
    """An element's values as a list (one for a single value)."""
    v = el.value
    return list(v) if isinstance(v, pydicom.multival.MultiValue) else [v]


def is_class_uid(el):
    """A UID naming a class or syntax (kept by de-identification), not an instance."""
    kw = el.keyword or ""
    return kw.endswith("ClassUID") or kw in ("TransferSyntaxUID", "CodingSchemeUID", "ContextUID",
                                             "ImplementationClassUID", "SOPClassesInStudy", "CreatorVersionUID")
