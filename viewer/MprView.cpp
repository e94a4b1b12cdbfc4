#include "viewer/MprView.h"
