#include "core/export/BundleDocuments.h"
