#include "app/gui/ImportDialog.h"
