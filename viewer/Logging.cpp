#include "viewer/Logging.h"

Q_LOGGING_CATEGORY(lcViewer, "etalon.viewer", QtInfoMsg)
