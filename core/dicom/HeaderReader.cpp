#include "core/dicom/HeaderReader.h"
