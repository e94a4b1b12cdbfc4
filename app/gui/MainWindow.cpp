#include "app/gui/MainWindow.h"
