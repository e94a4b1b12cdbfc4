#include "core/dicom/Indexer.h"
