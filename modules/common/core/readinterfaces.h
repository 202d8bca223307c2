#pragma once

// Read interfaces an area lends the rest of the application, keyed by the
// interface's type. An area registers its implementation (in
// Area::registerConnectors() or attach()); a shared library below the areas
// (the covers forecast) or another area's widgets ask for it, without either
// side including the other:
//
//     // pos/ui/posarea.cpp
//     ReadInterfaces::provide<CoversHistorySource>(std::make_shared<PosCoversHistory>());
//     // anywhere
//     if (auto history = ReadInterfaces::get<CoversHistorySource>()) ...
//
// The registry holds shared pointers: a caller keeps what it got alive while
// it uses it, even if the area withdraws or replaces it meanwhile. Thread
// safe; the implementations say themselves whether they may be called off the
// GUI thread (footfallsources.h: they must).

#include <QString>

#include <memory>
#include <typeindex>
#include <typeinfo>

namespace Moulin {

class ReadInterfaces
{
public:
    /// Registers (or replaces) the implementation of interface `I`.
    template <typename I>
    static void provide(std::shared_ptr<I> implementation)
    {
        store(std::type_index(typeid(I)), std::static_pointer_cast<void>(std::move(implementation)));
    }
    /// The implementation of `I`, or null when no area registered one.
    template <typename I>
    static std::shared_ptr<I> get()
    {
        return std::static_pointer_cast<I>(find(std::type_index(typeid(I))));
    }
    /// Withdraws the implementation of `I` (no-op without one).
    template <typename I>
    static void withdraw()
    {
        store(std::type_index(typeid(I)), nullptr);
    }

private:
    static void store(std::type_index key, std::shared_ptr<void> implementation);
    static std::shared_ptr<void> find(std::type_index key);
};

} // namespace Moulin
