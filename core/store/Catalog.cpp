#include "core/store/Catalog.h"
