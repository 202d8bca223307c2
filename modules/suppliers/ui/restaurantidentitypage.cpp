#include "suppliers/ui/restaurantidentitypage.h"

#include "common/core/apppaths.h"
#include "suppliers/core/identifiers.h"
#include "suppliers/core/restaurantbuyer.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QVBoxLayout>

namespace Moulin {

namespace {

struct FieldSpec
{
    const char* name;
    QString RestaurantIdentity::*member;
};

const FieldSpec kSpecs[] = {
    {"legalName", &RestaurantIdentity::legalName},
    {"tradingName", &RestaurantIdentity::tradingName},
    {"siret", &RestaurantIdentity::siret},
    {"vatId", &RestaurantIdentity::vatId},
    {"street", &RestaurantIdentity::street},
    {"postalCode", &RestaurantIdentity::postalCode},
    {"city", &RestaurantIdentity::city},
    {"country", &RestaurantIdentity::country},
    {"phone", &RestaurantIdentity::phone},
    {"email", &RestaurantIdentity::email},
    {"contactName", &RestaurantIdentity::contactName},
    {"peppolScheme", &RestaurantIdentity::peppolScheme},
    {"peppolId", &RestaurantIdentity::peppolId},
};

} // namespace

RestaurantIdentityPage::RestaurantIdentityPage(QWidget* parent)
    : SettingsSection(parent)
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("restaurantIdentitySettings"));
    auto* intro = new QLabel(tr("The restaurant as its suppliers know it: every order names it as the buyer "
                                "and delivers to its address."),
                             this);
    intro->setWordWrap(true);

    const QHash<QString, QString> labels{
        {QStringLiteral("legalName"), tr("&Legal name:")},
        {QStringLiteral("tradingName"), tr("&Trading name:")},
        {QStringLiteral("siret"), tr("&SIRET:")},
        {QStringLiteral("vatId"), tr("&VAT number:")},
        {QStringLiteral("street"), tr("S&treet:")},
        {QStringLiteral("postalCode"), tr("&Postal code:")},
        {QStringLiteral("city"), tr("&City:")},
        {QStringLiteral("country"), tr("C&ountry:")},
        {QStringLiteral("phone"), tr("P&hone:")},
        {QStringLiteral("email"), tr("&E-mail:")},
        {QStringLiteral("contactName"), tr("Co&ntact:")},
        {QStringLiteral("peppolScheme"), tr("PEPPOL sc&heme:")},
        {QStringLiteral("peppolId"), tr("PEPPOL &endpoint:")},
    };
    const std::unique_ptr<QSettings> settings = AppPaths::settings();
    m_loaded = settings ? RestaurantIdentity::read(*settings) : RestaurantIdentity();

    auto* form = new QFormLayout;
    for (const FieldSpec& spec : kSpecs) {
        const QString name = QLatin1String(spec.name);
        auto* edit = new QLineEdit(m_loaded.*spec.member, this);
        edit->setObjectName(QStringLiteral("restaurant-") + name);
        auto* problem = new QLabel(this);
        problem->setObjectName(QStringLiteral("restaurant-") + name + QStringLiteral("-problem"));
        problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
        problem->setWordWrap(true);
        problem->hide();
        auto* cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(edit);
        cell->addWidget(problem);
        auto* label = new QLabel(labels.value(name), this);
        label->setBuddy(edit);
        form->addRow(label, cell);
        m_fields.insert(name, edit);
        m_problems.insert(name, problem);
    }
    m_fields.value(QStringLiteral("legalName"))->setPlaceholderText(tr("e.g. SAS Le Vieux Moulin"));
    m_fields.value(QStringLiteral("siret"))->setPlaceholderText(tr("14 digits"));
    m_fields.value(QStringLiteral("country"))->setPlaceholderText(QStringLiteral("FR"));
    m_fields.value(QStringLiteral("peppolScheme"))->setPlaceholderText(QStringLiteral("0009"));
    m_fields.value(QStringLiteral("peppolId"))->setPlaceholderText(tr("the SIRET"));
    // The VAT number follows from the SIRET: offered as a placeholder.
    QLineEdit* siret = m_fields.value(QStringLiteral("siret"));
    QLineEdit* vat = m_fields.value(QStringLiteral("vatId"));
    auto suggestVat = [siret, vat] {
        const QString digits = RestaurantIdentity::digitsOnly(siret->text());
        vat->setPlaceholderText(digits.size() == 14 ? FrenchCompany::vatNumber(QStringView(digits).left(9))
                                                    : QString());
    };
    connect(siret, &QLineEdit::textChanged, this, suggestVat);
    suggestVat();

    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    m_note->setText(
        tr("Demo mode uses the demo restaurant, Le Vieux Moulin, while nothing is entered here."));
    m_note->setVisible(AppPaths::isDemoDatabase());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch(1);
}

RestaurantIdentityPage::~RestaurantIdentityPage() = default;

RestaurantIdentity RestaurantIdentityPage::identity() const
{
    RestaurantIdentity identity;
    for (const FieldSpec& spec : kSpecs)
        identity.*spec.member = m_fields.value(QLatin1String(spec.name))->text().trimmed();
    if (identity.country.isEmpty())
        identity.country = QStringLiteral("FR");
    return identity;
}

QString RestaurantIdentityPage::problemText(const QString& name) const
{
    QLabel* label = m_problems.value(name);
    return label && !label->isHidden() ? label->text() : QString();
}

void RestaurantIdentityPage::showProblems(const QStringList& problemFields,
                                          const QHash<QString, QString>& messages)
{
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        const bool has = problemFields.contains(it.key());
        it.value()->setText(messages.value(it.key()));
        it.value()->setVisible(has);
    }
}

bool RestaurantIdentityPage::validate(QString* error)
{
    const RestaurantIdentity entered = identity();
    RestaurantIdentity loaded = m_loaded;
    if (loaded.country.isEmpty())
        loaded.country = QStringLiteral("FR");
    // Left as it was, or emptied: nothing to refuse.
    if (entered == loaded || entered.isEmpty()) {
        showProblems({}, {});
        return true;
    }
    const QList<RestaurantBuyer::Problem> problems = RestaurantBuyer::problems(entered);
    QStringList fields;
    QHash<QString, QString> messages;
    for (const RestaurantBuyer::Problem& p : problems) {
        if (!fields.contains(p.field))
            fields << p.field;
        QString& text = messages[p.field];
        text = text.isEmpty() ? p.message : text + u'\n' + p.message;
    }
    showProblems(fields, messages);
    if (problems.isEmpty())
        return true;
    if (QLineEdit* first = m_fields.value(fields.first()))
        first->setFocus();
    if (error)
        *error = problems.first().message;
    return false;
}

void RestaurantIdentityPage::apply()
{
    const std::unique_ptr<QSettings> settings = AppPaths::settings();
    if (!settings)
        return;
    RestaurantIdentity entered = identity();
    entered.siret = RestaurantIdentity::digitsOnly(entered.siret);
    entered.vatId = entered.vatId.remove(u' ').toUpper();
    entered.country = entered.country.toUpper();
    entered.write(*settings);
    m_loaded = RestaurantIdentity::read(*settings);
    Q_EMIT saved();
}

} // namespace Moulin
