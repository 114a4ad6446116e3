// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntegrationModel.h"

#include "delivery/CircuitBreaker.h"
#include "storage/IntegrationStore.h"

#include <QDateTime>
#include <QLocale>

namespace hookdesk {

IntegrationModel::IntegrationModel(IntegrationStore& store, QObject* parent)
    : RowListModel<Integration>(parent), m_store(store)
{
    connect(&m_store, &IntegrationStore::changed, this, &IntegrationModel::reload);
    // The dispatcher's circuit breaker paused or resumed an integration.
    connect(&m_store, &IntegrationStore::healthChanged, this, &IntegrationModel::reload);
    reload();
}

void IntegrationModel::reload()
{
    QString error;
    QList<Integration> rows = m_store.all(&error);
    if (!error.isEmpty()) {
        Q_EMIT loadFailed(error);
        return;
    }
    replaceRows(std::move(rows), [](const Integration& i) { return i.id; });
}

QString IntegrationModel::secretOverlap(const Integration& integration)
{
    if (integration.previousSecretUntil <= QDateTime::currentMSecsSinceEpoch())
        return {};
    // Short enough for the Status column; the tooltip gives the full date.
    return tr("Old secret signs until %1")
        .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(integration.previousSecretUntil),
                                QStringLiteral("d MMM HH:mm")));
}

int IntegrationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int IntegrationModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return row;
    return -1;
}

QVariant IntegrationModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Integration& i = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return i.name;
        case UrlColumn:
            return i.baseUrl;
        case AuthColumn:
            switch (i.authScheme) {
            case AuthScheme::Token:
                return tr("Authorization: Token …");
            case AuthScheme::Bearer:
                return tr("Authorization: Bearer …");
            case AuthScheme::Basic:
                return tr("Authorization: Basic (%1) …").arg(i.authUsername);
            case AuthScheme::Header:
                return tr("%1: …").arg(i.authHeader);
            }
            return {};
        case StatusColumn:
            if (i.enabled) {
                const QString health = CircuitBreaker::describe(i, QDateTime::currentMSecsSinceEpoch());
                const QString overlap = secretOverlap(i);
                const QString state = health.isEmpty() ? tr("Enabled") : health;
                return overlap.isEmpty() ? state : tr("%1 · %2").arg(state, overlap);
            }
            return i.disabledReason.isEmpty() ? tr("Disabled") : tr("Disabled: %1").arg(i.disabledReason);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && !i.enabled)
            return i.disabledReason.isEmpty() ? tr("Disabled by an administrator") : i.disabledReason;
        if (index.column() == StatusColumn && !secretOverlap(i).isEmpty())
            return tr("After a secret rotation every delivery carries two signatures, with the new and the "
                      "old secret, until %1.")
                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(i.previousSecretUntil),
                                        QLocale::LongFormat));
        if (index.column() == UrlColumn)
            return i.baseUrl;
        return {};
    case Qt::ForegroundRole:
        if (!i.enabled)
            return QVariant::fromValue(Qt::gray);
        return {};
    case IdRole:
        return i.id;
    case EnabledRole:
        return i.enabled;
    }
    return {};
}

QVariant IntegrationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case UrlColumn:
        return tr("Base URL");
    case AuthColumn:
        return tr("Authorisation");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace hookdesk
