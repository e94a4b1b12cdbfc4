#include "core/dicom/VolumeLoader.h"
