#include "common/core/emptystate.h"
