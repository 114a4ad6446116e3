// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"
#include "storage/JobQuery.h"

#include <QObject>
#include <memory>

namespace hookdesk {

// Lives on the lazy queue model's worker thread and owns that thread's database connection,
// so no query the model needs ever runs on the GUI thread. The model posts work to it.
class QueueLoader : public QObject
{
    Q_OBJECT
public:
    QueueLoader(const QString& location, const QString& connectionName);
    ~QueueLoader() override;

    // Opens the connection; must run on the worker thread. Returns false with *error set.
    bool ensureOpen(QString* error);
    JobQuery* query() { return m_query.get(); }

private:
    QString m_location;
    QString m_connectionName;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<JobQuery> m_query;
};

} // namespace hookdesk
