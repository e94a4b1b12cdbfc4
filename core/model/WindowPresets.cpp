#include "core/model/WindowPresets.h"
