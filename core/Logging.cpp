#include "core/Logging.h"

#ifdef QT_WIDGETS_LIB
#error "core/ must not use Qt Widgets (see ARCHITECTURE.md)"
#endif

Q_LOGGING_CATEGORY(lcDicom, "etalon.core.dicom", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "etalon.core.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcImaging, "etalon.core.imaging", QtInfoMsg)
