#include "app/gui/StudyBrowser.h"
