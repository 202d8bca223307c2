#pragma once

// The quarantine's part of a guest's erasure (personaldata.h): a record a
// provider sent that could not be stored (a booking with its guest, a receipt
// with its account reference) keeps its row, its reason and its key, and loses
// its bytes when they name the guest (a name, an e-mail or a phone number of
// the subject). Registered by the areas whose connectors quarantine guests'
// records (reservation, sales), under one name: "quarantine".

#include "common/core/personaldata.h"

namespace Moulin {

class QuarantineEraser final : public PersonalDataEraser
{
public:
    QString area() const override;
    bool erase(QSqlDatabase& db, const PersonalDataSubject& subject, int* rows, QString* error) override;
};

} // namespace Moulin
