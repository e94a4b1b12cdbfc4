#include "viewer/VtkOpenGLWidget.h"
