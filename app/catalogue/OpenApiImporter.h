// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace hookdesk {

// Turns the `webhooks` section of an OpenAPI 3.1 document (JSON) into a Hookdesk catalogue
// document, which then goes through the same checks as any catalogue file. Each webhook becomes
// an event type: its name the type, post.summary the title, post.description the description,
// the first tag the group, the application/json request body schema the payload schema (local
// #/components/schemas references are carried along as definitions), and the media type's
// example (or first of examples) the example payload.
class OpenApiImporter
{
public:
    // True when the document looks like OpenAPI (has a top-level "openapi" key).
    static bool isOpenApi(const QByteArray& json);

    // Problems are phrased "at /webhooks/newPet/post/requestBody: …" (a JSON pointer into the
    // document), or with line and column for malformed JSON.
    static bool toCatalogue(const QByteArray& json, QByteArray* catalogueJson, QString* error);
};

} // namespace hookdesk
