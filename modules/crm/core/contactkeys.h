#pragma once

// How the customers area compares contacts. E-mails: trimmed and lower-cased
// (Gmail's dots and +tags are kept: "marie.dupont@" and "mariedupont@" are two
// addresses for us, as they are for most providers). Phone numbers: to E.164
// with libphonenumber, French numbers by default ("06 12 34 56 78" and
// "+33 6 12 34 56 78" are one number). Names: accents and case folded, every
// run of non-letters one space ("Élodie  DUPRÉ-Martin" → "elodie dupre martin").
// An invalid e-mail or phone is kept as entered, flagged, and has no key: it
// is never used for matching.

#include <QString>

namespace Moulin::ContactKeys {

struct Email
{
    QString key;          ///< normalised; empty when invalid or empty
    bool invalid = false; ///< something was entered that is not an address
};
Email email(const QString& raw);

struct Phone
{
    QString e164; ///< "+33612345678"; empty when invalid or empty
    /// For display: a number of the default region in its national form
    /// ("06 12 34 56 78"), any other in the international one ("+44 20 7946
    /// 0958"); the raw text when invalid.
    QString display;
    QString international; ///< "+33 6 12 34 56 78" (empty when invalid)
    QString national;      ///< digits of the national form ("0612345678"), for the search
    bool invalid = false;
};
/// `defaultRegion`: the region of a number written without its country code.
Phone phone(const QString& raw, const QString& defaultRegion = QStringLiteral("FR"));

/// The name folded for comparison.
QString name(const QString& raw);
/// Two different folded names that may be one person: the same words in
/// another order, a small typo (2 edits at most), or the same family name
/// with the same first initial ("m dupont" / "marie dupont").
bool similarNames(const QString& a, const QString& b);

/// Text folded for the search (as name(), digits kept).
QString searchText(const QString& raw);

} // namespace Moulin::ContactKeys
