#include "common/core/menusources.h"

namespace Moulin {

MenuSalesSource::~MenuSalesSource() = default;

} // namespace Moulin
