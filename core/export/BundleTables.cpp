#include "core/export/BundleTables.h"
