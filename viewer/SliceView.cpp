#include "viewer/SliceView.h"
