#include "core/workflow/FinalLabels.h"
