// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ResponseOptions.h"

#include "delivery/RunNumber.h"
#include "delivery/TlsSettings.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace hookdesk {

namespace {

const QString kRunNumber = QStringLiteral("run-number");
const QString kCaFile = QStringLiteral("ca-file");

// A struct rather than a free tr(): lupdate files the strings of free functions under the
// namespace, so only Q_DECLARE_TR_FUNCTIONS puts them in the context looked up at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hookdesk::CommandLine)
};

} // namespace

QStringList ResponseOptions::names()
{
    return {kRunNumber, kCaFile};
}

QString ResponseOptions::apply(const QHash<QString, QString>& given, Integration& integration)
{
    if (given.contains(kRunNumber)) {
        const QString rule = given.value(kRunNumber).trimmed();
        Integration changed = integration;
        if (!changed.setRunNumberRule(rule))
            return Text::tr("--run-number must be json:POINTER (e.g. json:/run/number), header:NAME (e.g. "
                            "header:X-Run-Number) or empty to read none, not “%1”.")
                .arg(rule);
        const QString problem = RunNumber::validateRule(changed.runNumberSource, changed.runNumberPath);
        if (!problem.isEmpty())
            return problem;
        integration.runNumberSource = changed.runNumberSource;
        integration.runNumberPath = changed.runNumberPath;
    }
    if (given.contains(kCaFile)) {
        const QString path = given.value(kCaFile).trimmed();
        if (!path.isEmpty()) {
            QString problem;
            TlsSettings::readCaFile(path, &problem);
            if (!problem.isEmpty())
                return problem;
        }
        // Absolute, so that `serve` started from another folder finds it.
        integration.caFile = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    }
    return {};
}

void ResponseOptions::addJson(const Integration& integration, QJsonObject& object)
{
    object.insert(QStringLiteral("runNumber"), integration.runNumberRule());
    object.insert(QStringLiteral("caFile"), integration.caFile);
}

} // namespace hookdesk
