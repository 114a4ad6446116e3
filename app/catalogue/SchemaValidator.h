// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <memory>

namespace hookdesk {

// Checks payloads against a JSON Schema draft-07 with valijson. The schema is parsed once, so
// one validator can check many payloads of the same event type.
class SchemaValidator
{
public:
    struct Problem
    {
        QString path;   // JSON pointer into the payload, e.g. "/customer/email"; "" is the payload itself
        QString reason; // valijson's explanation, e.g. "Missing required property 'id'."
    };

    SchemaValidator();
    ~SchemaValidator();
    SchemaValidator(const SchemaValidator& other);
    SchemaValidator& operator=(const SchemaValidator& other);

    // An undefined or empty schema accepts everything. Returns false, with the reason, when the
    // schema itself cannot be used (not an object, a $ref that leads nowhere, a wrong keyword type).
    bool setSchema(const QJsonValue& schema, QString* error);
    bool hasSchema() const;

    // Empty when the value satisfies the schema.
    QList<Problem> validate(const QJsonValue& value) const;

    // "“/customer/email”: String should be …; the payload: Missing required property 'id'." —
    // at most `limit` problems, then "and N more".
    static QString describe(const QList<Problem>& problems, int limit = 5);

    // One-off check. A schema that cannot be used is reported as one problem at path "".
    static QList<Problem> check(const QJsonValue& schema, const QJsonValue& value);

private:
    struct Private;
    std::shared_ptr<const Private> m_d;
};

} // namespace hookdesk
