#include "core/dicom/DcmtkLogging.h"

#include <dcmtk/oflog/oflog.h>

#include <mutex>

namespace etalon::core::dicom {

void quietDcmtkLogging()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Child loggers (dcmtk.dcmdata, dcmtk.dcmjpeg, dcmtk.dcmseg...) inherit the level.
        OFLog::getLogger("dcmtk").setLogLevel(OFLogger::FATAL_LOG_LEVEL);
        for (const char *name : {"dcmtk.dcmdata", "dcmtk.dcmjpeg", "dcmtk.dcmjpls", "dcmtk.dcmseg", "dcmtk.dcmfg",
                                 "dcmtk.dcmiod", "dcmtk.dcmrt"})
            OFLog::getLogger(name).setLogLevel(OFLogger::FATAL_LOG_LEVEL);
    });
}

} // namespace etalon::core::dicom
