#include "app/gui/AppSettings.h"
