// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueueLoader.h"

namespace hookdesk {

QueueLoader::QueueLoader(const QString& location, const QString& connectionName)
    : m_location(location), m_connectionName(connectionName)
{}

QueueLoader::~QueueLoader()
{
    m_query.reset();
    m_db.reset();
}

bool QueueLoader::ensureOpen(QString* error)
{
    if (m_db && m_db->isOpen())
        return true;
    m_query.reset();
    m_db = std::make_unique<Database>();
    if (!m_db->open(m_location, m_connectionName, error)) {
        m_db.reset();
        return false;
    }
    m_query = std::make_unique<JobQuery>(*m_db);
    return true;
}

} // namespace hookdesk
