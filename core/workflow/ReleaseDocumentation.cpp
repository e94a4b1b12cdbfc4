#include "core/workflow/ReleaseDocumentation.h"
