#include "core/store/Workspace.h"
