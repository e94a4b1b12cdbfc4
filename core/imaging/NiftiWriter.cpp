#include "core/imaging/NiftiWriter.h"
