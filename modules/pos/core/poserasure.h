#pragma once

// The sales area's PersonalDataEraser (common/core/personaldata.h). The till's
// receipts hold amounts, lines and payments, which the accounts need and keep
// (the FEC, the VAT and the sales figures are unchanged by an erasure); the
// only personal data a receipt may carry is its account reference, the name a
// server gave the tab ("Dupont", "T12 Mme Martin"). The eraser clears it on
// the guest's receipts when it holds a word of their name, and on any receipt
// when it holds their full name, e-mail or phone number. The receipt's content
// hash is left as it was: the till sending the receipt again is "unchanged"
// and does not write the name back.

#include "common/core/personaldata.h"

namespace Moulin {

class PosErasure final : public PersonalDataEraser
{
public:
    QString area() const override;
    bool erase(QSqlDatabase& db, const PersonalDataSubject& subject, int* rows, QString* error) override;
};

} // namespace Moulin
