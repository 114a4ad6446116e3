// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandLine.h"

#include "cli/DurationOption.h"
#include "cli/ResponseOptions.h"
#include "delivery/DispatcherThread.h"
#include "delivery/HeaderRules.h"
#include "delivery/RetryPolicy.h"
#include "domain/UrnPattern.h"
#include "ingest/IngestServer.h"
#include "service/AppContext.h"
#include "service/CatalogueTransfer.h"
#include "service/JobExporter.h"
#include "service/TriggerMatcher.h"
#include "storage/JobQuery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>
#include <functional>

namespace hookdesk {

namespace {

// A struct rather than a free tr(): lupdate files the strings of free functions under the
// namespace, so only Q_DECLARE_TR_FUNCTIONS puts them in the context looked up at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hookdesk::CommandLine)
};

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

int failWith(const QString& message)
{
    err() << "hookdesk: " << message << Qt::endl;
    return 1;
}

// Translated where it is printed; option names and values stay as they are typed.
const char* const kUsage =
    QT_TRANSLATE_NOOP("hookdesk::CommandLine", R"(Usage: hookdesk [--database PATH|postgresql://…] [COMMAND …]

Without a command, opens the Hookdesk window.

Commands:
  integration add --name NAME --url BASE_URL [--auth token|bearer|basic:USER|header:NAME] [--token-stdin]
                  [--disabled] [--retry-schedule "5s, 5m, 2h"]   waits between attempts (default: Standard
                  Webhooks') [--format json|form|cloudevents] [--header 'Name: value'...]
                  [--http 1.1|2]   HTTP/2: one shared connection; over plain http the receiver must speak it
                  basic:USER sends the token as USER's password; --header is sent on every request
                  [--run-number json:/run/number|header:X-Run-Number]   where responses give the run number
                  [--ca-file PATH]   PEM certificates trusted for HTTPS besides the system's
                  [--ordered] [--auto-disable-after DAYS]   one at a time in event order; disable after
                                   failing for DAYS without a success (default 5, 0: never)
  integration edit NAME [any option of add but --token-stdin] [--enabled] [--ordered|--unordered]
                  [--no-headers]   changes only what is given; --header replaces all custom headers
  integration list [--json]
  integration secret NAME          print the whsec_ signing secret (for the receiver's set-up)
  integration rotate-secret NAME [--overlap HOURS] [--json]
                                   print a new signing secret; the old one keeps signing beside it
                                   for HOURS (default 24, 0: it stops at once)
  integration reset-token NAME --token-stdin
  integration delete NAME
  trigger add --integration NAME --event TYPE|"GROUP > *"... [--urn PATTERN...] [--path /p] [--disabled]
  trigger list [--json]
  trigger delete ID
  catalogue list [--json]
  catalogue import FILE [--json]   add or replace custom event types from a Hookdesk catalogue file or
                                   the webhooks of an OpenAPI 3.1 document; all or nothing
  catalogue export [--json] [--all] [--output FILE]
                                   the custom event types (--all: every type) as a catalogue file
  emit --event TYPE [--payload FILE|-] [--urn URN] [--id KEY]
                                   default payload: the type's example; prints the job ids.
                                   --id: an idempotency key; a key seen before creates nothing
                                   new and prints the jobs of its first event
  queue list [--status pending|sending|succeeded|failed|exhausted] [--limit N] [--json]
  queue show JOB_ID [--json]
  queue resend JOB_ID...
  queue resend --status failed|exhausted|succeeded [--integration NAME] [--event TYPE] [--since ISO_TIME]
               [--until ISO_TIME] [--dry-run]
  serve [--until-idle]             headless dispatcher; --until-idle exits when nothing is due
                                   (HOOKDESK_LEASE_MS: how long a claimed job is reserved)
        [--ingest 127.0.0.1:PORT [--ingest-max-bytes N] [--ingest-allow-remote]]
                                   also accept POST /v1/events with an ingest key; only on
                                   loopback unless --ingest-allow-remote; bodies up to N bytes
                                   (default 1 MiB)
  ingest-key create NAME           prints a new key for the ingest API once; keeps it in the keychain
  ingest-key list [--json]
  ingest-key delete NAME           the key stops working at once

Tokens never travel in arguments: --token-stdin reads the token from standard input.
)");

// Minimal option reader: `--name value`, flags, and positional arguments, with errors in words.
class Options
{
public:
    Options(QStringList args, QStringList valueOptions, QStringList flags)
    {
        for (int i = 0; i < args.size(); ++i) {
            const QString& a = args.at(i);
            if (a.startsWith(QLatin1String("--"))) {
                const int eq = a.indexOf(QLatin1Char('='));
                const QString name = eq > 0 ? a.mid(2, eq - 2) : a.mid(2);
                if (valueOptions.contains(name)) {
                    if (eq > 0) {
                        m_values[name].append(a.mid(eq + 1));
                    } else if (i + 1 < args.size()) {
                        m_values[name].append(args.at(++i));
                    } else {
                        m_error = Text::tr("The option --%1 needs a value.").arg(name);
                        return;
                    }
                } else if (flags.contains(name) && eq < 0) {
                    m_flags.append(name);
                } else {
                    m_error = Text::tr("Unknown option %1.").arg(a);
                    return;
                }
            } else {
                m_positional.append(a);
            }
        }
    }
    QString error() const { return m_error; }
    QString value(const QString& name) const { return m_values.value(name).value(0); }
    // Every value of an option that may be given more than once, in order.
    QStringList values(const QString& name) const { return m_values.value(name); }
    bool has(const QString& name) const { return m_values.contains(name) || m_flags.contains(name); }
    const QStringList& positional() const { return m_positional; }
    // For commands that take no bare words: a stray one is usually a value whose option was
    // forgotten (or a token typed where it must not be), so it must not be silently ignored.
    QString noPositional() const
    {
        return m_positional.isEmpty()
                   ? QString()
                   : Text::tr("Unexpected argument “%1”. Run hookdesk --help for the usage.")
                         .arg(m_positional.first());
    }
    QString require(const QStringList& names)
    {
        for (const QString& n : names)
            if (!m_values.contains(n))
                return Text::tr("The option --%1 is required.").arg(n);
        return {};
    }

private:
    QHash<QString, QStringList> m_values;
    QStringList m_flags;
    QStringList m_positional;
    QString m_error;
};

// "#3, #5": the triggers that matched a job.
QString triggerList(const QList<qint64>& ids)
{
    QStringList parts;
    for (const qint64 id : ids)
        parts.append(QLatin1Char('#') + QString::number(id));
    return parts.join(QStringLiteral(", "));
}

QString authText(const Integration& i)
{
    if (i.authScheme == AuthScheme::Basic)
        return QStringLiteral("basic:") + i.authUsername;
    return i.authScheme == AuthScheme::Header ? QStringLiteral("header:") + i.authHeader
                                              : authSchemeToString(i.authScheme);
}

void printTable(const QStringList& header, const QList<QStringList>& rows)
{
    QList<int> widths;
    for (const QString& h : header)
        widths.append(int(h.size()));
    for (const QStringList& r : rows)
        for (int c = 0; c < r.size() && c < widths.size(); ++c)
            widths[c] = qMax(widths[c], int(r.at(c).size()));
    auto line = [&](const QStringList& cells) {
        QString text;
        for (int c = 0; c < cells.size(); ++c)
            text += c + 1 < cells.size() ? cells.at(c).leftJustified(widths.at(c) + 2) : cells.at(c);
        out() << text << '\n';
    };
    line(header);
    for (const QStringList& r : rows)
        line(r);
    out().flush();
}

void printJson(const QJsonValue& value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << doc.toJson(QJsonDocument::Indented);
    out().flush();
}

// Pending jobs wait for their first attempt or a resend; failed ones may wait for a retry.
bool hasNextAttempt(const DeliveryJob& j)
{
    return (j.status == JobStatus::Pending || j.status == JobStatus::Failed) && j.nextAttemptAt > 0;
}

QJsonObject jobJson(const DeliveryJob& j)
{
    return QJsonObject{
        {QStringLiteral("id"), j.id},
        {QStringLiteral("eventId"), j.eventId},
        {QStringLiteral("event"), j.eventType},
        {QStringLiteral("integration"), j.integrationName},
        {QStringLiteral("url"), j.url},
        {QStringLiteral("status"), jobStatusToString(j.status)},
        {QStringLiteral("attempts"), j.attempts},
        {QStringLiteral("lastHttpStatus"),
         j.lastHttpStatus > 0 ? QJsonValue(j.lastHttpStatus) : QJsonValue()},
        {QStringLiteral("lastError"), j.lastError},
        {QStringLiteral("runNumber"), j.runNumber},
        {QStringLiteral("lastDurationMs"),
         j.lastDurationMs >= 0 ? QJsonValue(j.lastDurationMs) : QJsonValue()},
        {QStringLiteral("createdAt"), JobExporter::isoTime(j.createdAt)},
        {QStringLiteral("nextAttemptAt"),
         hasNextAttempt(j) ? QJsonValue(JobExporter::isoTime(j.nextAttemptAt)) : QJsonValue()}};
}

// --format and --header of integration add; an empty string when they could be read.
QString readRequestShape(const QString& format, const QStringList& headers, Integration& i)
{
    if (!format.isEmpty()) {
        bool ok = false;
        i.payloadFormat = payloadFormatFromString(format, &ok);
        if (!ok)
            return Text::tr("--format must be json, form or cloudevents, not “%1”.").arg(format);
    }
    for (const QString& line : headers) {
        QString error;
        const auto header = HeaderRules::parse(line, &error);
        if (!header)
            return error;
        i.customHeaders.append(*header);
    }
    return {};
}

// Runs `work` inside the event loop and returns the exit code it reports through `finish`.
int runAsync(const std::function<void(std::function<void(int)> finish)>& work)
{
    int code = 1;
    QTimer::singleShot(0, [&]() {
        work([&code](int c) {
            code = c;
            QCoreApplication::exit(c);
        });
    });
    QCoreApplication::exec();
    return code;
}

QString readStdinToken()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QString token = QString::fromUtf8(in.readAll());
    while (token.endsWith(QLatin1Char('\n')) || token.endsWith(QLatin1Char('\r')))
        token.chop(1);
    return token;
}

// The settings options `integration add` and `integration edit` share.
QStringList integrationValueOptions()
{
    return QStringList{QStringLiteral("name"),   QStringLiteral("url"),
                       QStringLiteral("auth"),   QStringLiteral("retry-schedule"),
                       QStringLiteral("format"), QStringLiteral("http"),
                       QStringLiteral("header"), QStringLiteral("auto-disable-after")} +
           ResponseOptions::names();
}

// Writes the options given into `i`; options not given leave its fields as they are. With
// --header, the given headers replace the integration's custom headers. Returns a sentence
// for the first option that cannot be used, or an empty string.
QString applyIntegrationOptions(const Options& o, Integration& i)
{
    QString problem;
    if (o.has(QStringLiteral("name")))
        i.name = o.value(QStringLiteral("name"));
    if (o.has(QStringLiteral("url")))
        i.baseUrl = o.value(QStringLiteral("url"));
    if (o.has(QStringLiteral("ordered")) && o.has(QStringLiteral("unordered")))
        return Text::tr("Give either --ordered or --unordered, not both.");
    if (o.has(QStringLiteral("ordered")) || o.has(QStringLiteral("unordered")))
        i.ordered = o.has(QStringLiteral("ordered"));
    if (o.has(QStringLiteral("enabled")) && o.has(QStringLiteral("disabled")))
        return Text::tr("Give either --enabled or --disabled, not both.");
    if (o.has(QStringLiteral("enabled")) || o.has(QStringLiteral("disabled")))
        i.enabled = !o.has(QStringLiteral("disabled"));
    if (o.has(QStringLiteral("auto-disable-after"))) {
        const std::optional<qint64> period =
            DurationOption::parse(o.value(QStringLiteral("auto-disable-after")), DurationOption::kDayMs,
                                  QStringLiteral("auto-disable-after"), Text::tr("days"), &problem);
        if (!period)
            return problem;
        i.autoDisableAfterMs = *period;
    }
    if (o.has(QStringLiteral("retry-schedule"))) {
        const std::optional<RetryPolicy> policy =
            RetryPolicy::fromText(o.value(QStringLiteral("retry-schedule")), &problem);
        if (!policy)
            return problem;
        i.retrySchedule = policy->toText();
    }
    QHash<QString, QString> responseOptions;
    for (const QString& name : ResponseOptions::names())
        if (o.has(name))
            responseOptions.insert(name, o.value(name));
    problem = ResponseOptions::apply(responseOptions, i);
    if (!problem.isEmpty())
        return problem;
    if (o.has(QStringLiteral("auth"))) {
        const QString auth = o.value(QStringLiteral("auth"));
        i.authHeader.clear();
        i.authUsername.clear();
        if (auth.startsWith(QLatin1String("header:"))) {
            i.authScheme = AuthScheme::Header;
            i.authHeader = auth.mid(7);
        } else if (auth.startsWith(QLatin1String("basic:"))) {
            i.authScheme = AuthScheme::Basic;
            i.authUsername = auth.mid(6);
        } else {
            bool ok = false;
            i.authScheme = authSchemeFromString(auth, &ok);
            if (!ok || i.authScheme == AuthScheme::Header)
                return Text::tr("--auth must be token, bearer, basic:USER or header:NAME, not “%1”.")
                    .arg(auth);
        }
    }
    if (o.has(QStringLiteral("header")) || o.has(QStringLiteral("no-headers")))
        i.customHeaders.clear();
    if (o.has(QStringLiteral("http"))) {
        bool ok = false;
        i.httpVersion = httpVersionFromString(o.value(QStringLiteral("http")), &ok);
        if (!ok)
            return Text::tr("--http must be 1.1 or 2, not “%1”.").arg(o.value(QStringLiteral("http")));
    }
    return readRequestShape(o.value(QStringLiteral("format")), o.values(QStringLiteral("header")), i);
}

// `integration rotate-secret NAME [--overlap HOURS] [--json]` and
// `integration edit NAME [options of add] [--enabled|--disabled] [--ordered|--unordered] [--no-headers]`.
int integrationChange(AppContext& ctx, const QString& verb, const QStringList& rest)
{
    const bool rotate = verb == QLatin1String("rotate-secret");
    Options o(rest, rotate ? QStringList{QStringLiteral("overlap")} : integrationValueOptions(),
              rotate ? QStringList{QStringLiteral("json")}
                     : QStringList{QStringLiteral("ordered"), QStringLiteral("unordered"),
                                   QStringLiteral("enabled"), QStringLiteral("disabled"),
                                   QStringLiteral("no-headers")});
    if (!o.error().isEmpty())
        return failWith(o.error());
    if (o.positional().size() != 1)
        return failWith(Text::tr("Name one integration: hookdesk integration %1 NAME").arg(verb));
    QString error;
    std::optional<Integration> i = ctx.integrations().byName(o.positional().first(), &error);
    if (!i)
        return failWith(error.isEmpty()
                            ? Text::tr("There is no integration named “%1”.").arg(o.positional().first())
                            : error);
    if (!rotate) {
        if (const QString problem = applyIntegrationOptions(o, *i); !problem.isEmpty())
            return failWith(problem);
        if (const QString problem = IntegrationService::validate(*i); !problem.isEmpty())
            return failWith(problem);
        return runAsync([&](std::function<void(int)> finish) {
            ctx.integrationService().update(
                *i, std::nullopt, [finish, name = i->name](bool ok, const QString& e) {
                    if (!ok) {
                        finish(failWith(e));
                        return;
                    }
                    out() << Text::tr("Integration “%1” saved.").arg(name) << Qt::endl;
                    finish(0);
                });
        });
    }
    std::optional<qint64> period;
    if (o.has(QStringLiteral("overlap"))) {
        period = DurationOption::parse(o.value(QStringLiteral("overlap")), DurationOption::kHourMs,
                                       QStringLiteral("overlap"), Text::tr("hours"), &error);
        if (!period)
            return failWith(error);
    }
    const bool json = o.has(QStringLiteral("json"));
    return runAsync([&](std::function<void(int)> finish) {
        ctx.integrationService().rotateSecret(
            i->id, period.value_or(IntegrationService::kDefaultRotationOverlapMs),
            [finish, json, name = i->name](bool ok, const QString& e, const QString& secret, qint64 until) {
                if (!ok) {
                    finish(failWith(e));
                    return;
                }
                if (json) {
                    printJson(
                        QJsonObject{{QStringLiteral("name"), name},
                                    {QStringLiteral("secret"), secret},
                                    {QStringLiteral("previousSecretUntil"),
                                     until > 0 ? QJsonValue(JobExporter::isoTime(until)) : QJsonValue()}});
                } else {
                    out() << secret << Qt::endl;
                    out() << (until > 0
                                  ? Text::tr(
                                        "The old secret of “%1” also signs every delivery until %2; give "
                                        "the receiver the new secret before then.")
                                        .arg(name, JobExporter::isoTime(until))
                                  : Text::tr("The old secret of “%1” no longer signs; the receiver needs the "
                                             "new secret now.")
                                        .arg(name))
                          << Qt::endl;
                }
                finish(0);
            });
    });
}

int integrationCommand(AppContext& ctx, const QStringList& args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    for (const QString& a : rest)
        if (a == QLatin1String("--token") || a.startsWith(QLatin1String("--token=")))
            return failWith(
                Text::tr("Tokens never go in arguments, where other users of this computer can see "
                         "them: pipe the token into --token-stdin instead."));
    if (verb == QLatin1String("add")) {
        Options o(rest, integrationValueOptions(),
                  {QStringLiteral("token-stdin"), QStringLiteral("disabled"), QStringLiteral("ordered")});
        QString problem =
            o.error().isEmpty() ? o.require({QStringLiteral("name"), QStringLiteral("url")}) : o.error();
        if (problem.isEmpty())
            problem = o.noPositional();
        Integration i; // Bearer, JSON, enabled, unordered unless the options say otherwise
        if (problem.isEmpty())
            problem = applyIntegrationOptions(o, i);
        if (!problem.isEmpty())
            return failWith(problem);
        // Before the token is read, so nobody types a token only to hear the URL was wrong.
        const QString fieldProblem = IntegrationService::validate(i);
        if (!fieldProblem.isEmpty())
            return failWith(fieldProblem);
        if (!o.has(QStringLiteral("token-stdin")))
            return failWith(Text::tr(
                "Give the token on standard input with --token-stdin (tokens never go in arguments)."));
        const QString token = readStdinToken();
        return runAsync([&](std::function<void(int)> finish) {
            ctx.integrationService().create(
                i, token, [finish](bool ok, const QString& error, const Integration& created) {
                    if (!ok) {
                        finish(failWith(error));
                        return;
                    }
                    out() << Text::tr("Integration “%1” added (id %2).").arg(created.name).arg(created.id)
                          << Qt::endl;
                    finish(0);
                });
        });
    }
    if (verb == QLatin1String("list")) {
        Options o(rest, {}, {QStringLiteral("json")});
        if (!o.error().isEmpty() || !o.noPositional().isEmpty())
            return failWith(o.error().isEmpty() ? o.noPositional() : o.error());
        QString error;
        const QList<Integration> all = ctx.integrations().all(&error);
        if (!error.isEmpty())
            return failWith(error);
        if (o.has(QStringLiteral("json"))) {
            QJsonArray a;
            for (const Integration& i : all) {
                QJsonObject object{{QStringLiteral("id"), i.id},
                                   {QStringLiteral("name"), i.name},
                                   {QStringLiteral("url"), i.baseUrl},
                                   {QStringLiteral("auth"), authText(i)},
                                   {QStringLiteral("enabled"), i.enabled},
                                   {QStringLiteral("disabledReason"), i.disabledReason},
                                   {QStringLiteral("retrySchedule"), i.retrySchedule},
                                   {QStringLiteral("format"), payloadFormatToString(i.payloadFormat)},
                                   {QStringLiteral("http"), httpVersionToString(i.httpVersion)},
                                   {QStringLiteral("headers"), JobExporter::headersJson(i.customHeaders)},
                                   {QStringLiteral("authUser"), i.authUsername},
                                   {QStringLiteral("ordered"), i.ordered},
                                   {QStringLiteral("autoDisableAfterMs"), i.autoDisableAfterMs},
                                   {QStringLiteral("previousSecretUntil"),
                                    i.previousSecretUntil > 0
                                        ? QJsonValue(JobExporter::isoTime(i.previousSecretUntil))
                                        : QJsonValue()}};
                ResponseOptions::addJson(i, object);
                a.append(object);
            }
            printJson(a);
        } else {
            QList<QStringList> rows;
            for (const Integration& i : all)
                rows.append({QString::number(i.id), i.name, i.baseUrl, authText(i),
                             i.enabled ? Text::tr("enabled") : Text::tr("disabled")});
            printTable(
                {Text::tr("ID"), Text::tr("NAME"), Text::tr("URL"), Text::tr("AUTH"), Text::tr("STATUS")},
                rows);
        }
        return 0;
    }
    if (verb == QLatin1String("rotate-secret") || verb == QLatin1String("edit"))
        return integrationChange(ctx, verb, rest);
    if (verb == QLatin1String("secret") || verb == QLatin1String("delete") ||
        verb == QLatin1String("reset-token")) {
        Options o(rest, {}, {QStringLiteral("token-stdin")});
        if (!o.error().isEmpty())
            return failWith(o.error());
        if (o.positional().size() != 1)
            return failWith(Text::tr("Name one integration: hookdesk integration %1 NAME").arg(verb));
        QString error;
        const std::optional<Integration> i = ctx.integrations().byName(o.positional().first(), &error);
        if (!i)
            return failWith(error.isEmpty()
                                ? Text::tr("There is no integration named “%1”.").arg(o.positional().first())
                                : error);
        if (verb == QLatin1String("secret")) {
            return runAsync([&](std::function<void(int)> finish) {
                ctx.integrationService().readSigningSecret(
                    i->id, [finish](bool ok, const QString& value, const QString& e) {
                        if (!ok) {
                            finish(failWith(e));
                            return;
                        }
                        out() << value << Qt::endl;
                        finish(0);
                    });
            });
        }
        if (verb == QLatin1String("delete")) {
            return runAsync([&](std::function<void(int)> finish) {
                ctx.integrationService().remove(i->id, [finish, name = i->name](bool ok, const QString& e) {
                    if (!ok) {
                        finish(failWith(e));
                        return;
                    }
                    out() << Text::tr("Integration “%1” deleted, with its triggers and keychain entries.")
                                 .arg(name)
                          << Qt::endl;
                    finish(0);
                });
            });
        }
        if (!o.has(QStringLiteral("token-stdin")))
            return failWith(Text::tr("Give the new token on standard input with --token-stdin."));
        const QString token = readStdinToken();
        return runAsync([&](std::function<void(int)> finish) {
            ctx.integrationService().resetToken(
                i->id, token, [finish, name = i->name](bool ok, const QString& e) {
                    if (!ok) {
                        finish(failWith(e));
                        return;
                    }
                    out() << Text::tr("The token of “%1” was replaced.").arg(name) << Qt::endl;
                    finish(0);
                });
        });
    }
    return failWith(
        Text::tr(
            "Unknown integration command “%1”. Use add, edit, list, secret, rotate-secret, reset-token or "
            "delete.")
            .arg(verb));
}

int triggerCommand(AppContext& ctx, const QStringList& args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("add")) {
        Options o(rest,
                  {QStringLiteral("integration"), QStringLiteral("event"), QStringLiteral("urn"),
                   QStringLiteral("path")},
                  {QStringLiteral("disabled")});
        QString problem = o.error().isEmpty()
                              ? o.require({QStringLiteral("integration"), QStringLiteral("event")})
                              : o.error();
        if (problem.isEmpty())
            problem = o.noPositional();
        if (!problem.isEmpty())
            return failWith(problem);
        QString error;
        const std::optional<Integration> i =
            ctx.integrations().byName(o.value(QStringLiteral("integration")), &error);
        if (!i)
            return failWith(error.isEmpty() ? Text::tr("There is no integration named “%1”.")
                                                  .arg(o.value(QStringLiteral("integration")))
                                            : error);
        const TriggerMatcher matcher(&ctx.catalogue());
        QStringList types;
        for (const QString& entry : o.values(QStringLiteral("event"))) {
            const QString entryProblem = matcher.checkEntry(entry);
            if (!entryProblem.isEmpty())
                return failWith(entryProblem);
            types.append(TriggerMatcher::normalizeEntry(entry));
        }
        const QStringList urns = o.values(QStringLiteral("urn"));
        for (const QString& pattern : urns) {
            const QString patternProblem = UrnPattern::check(pattern);
            if (!patternProblem.isEmpty())
                return failWith(patternProblem);
        }
        Trigger t;
        t.integrationId = i->id;
        t.eventTypes = types;
        t.urnPatterns = urns;
        t.path = o.value(QStringLiteral("path"));
        t.enabled = !o.has(QStringLiteral("disabled"));
        if (!ctx.triggers().insert(t, &error))
            return failWith(error);
        out() << Text::tr("Trigger %1 added: %2 → %3")
                     .arg(t.id)
                     .arg(t.eventTypes.join(QStringLiteral(", ")), joinUrl(i->baseUrl, t.path));
        if (!t.urnPatterns.isEmpty())
            out() << ' ' << Text::tr("(only URNs matching %1)").arg(t.urnPatterns.join(QStringLiteral(", ")));
        out() << Qt::endl;
        return 0;
    }
    if (verb == QLatin1String("list")) {
        Options o(rest, {}, {QStringLiteral("json")});
        if (!o.error().isEmpty() || !o.noPositional().isEmpty())
            return failWith(o.error().isEmpty() ? o.noPositional() : o.error());
        QString error;
        const QList<Trigger> all = ctx.triggers().all(&error);
        if (!error.isEmpty())
            return failWith(error);
        QJsonArray a;
        QList<QStringList> rows;
        for (const Trigger& t : all) {
            const std::optional<Integration> i = ctx.integrations().byId(t.integrationId);
            const QString url = i ? joinUrl(i->baseUrl, t.path) : QString();
            a.append(QJsonObject{{QStringLiteral("id"), t.id},
                                 {QStringLiteral("integration"), i ? i->name : QString()},
                                 {QStringLiteral("event"), t.eventType},
                                 {QStringLiteral("events"), QJsonArray::fromStringList(t.types())},
                                 {QStringLiteral("urns"), QJsonArray::fromStringList(t.urnPatterns)},
                                 {QStringLiteral("path"), t.path},
                                 {QStringLiteral("url"), url},
                                 {QStringLiteral("enabled"), t.enabled}});
            rows.append({QString::number(t.id), t.types().join(QStringLiteral(", ")), i ? i->name : QString(),
                         url,
                         t.urnPatterns.isEmpty() ? Text::tr("all") : t.urnPatterns.join(QStringLiteral(" ")),
                         t.enabled ? Text::tr("enabled") : Text::tr("disabled")});
        }
        if (o.has(QStringLiteral("json")))
            printJson(a);
        else
            printTable({Text::tr("ID"), Text::tr("EVENTS"), Text::tr("INTEGRATION"), Text::tr("URL"),
                        Text::tr("URNS"), Text::tr("STATUS")},
                       rows);
        return 0;
    }
    if (verb == QLatin1String("delete")) {
        bool ok = false;
        const qint64 id = args.value(1).toLongLong(&ok);
        if (!ok || args.size() != 2)
            return failWith(Text::tr("Name one trigger by its id: hookdesk trigger delete ID"));
        QString error;
        if (!ctx.triggers().byId(id, &error))
            return failWith(error.isEmpty() ? Text::tr("There is no trigger with id %1.").arg(id) : error);
        if (!ctx.triggers().remove(id, &error))
            return failWith(error);
        out() << Text::tr("Trigger %1 deleted.").arg(id) << Qt::endl;
        return 0;
    }
    return failWith(Text::tr("Unknown trigger command “%1”. Use add, list or delete.").arg(verb));
}

int catalogueCommand(AppContext& ctx, const QStringList& args)
{
    if (args.value(0) == QLatin1String("import")) {
        Options o(args.mid(1), {}, {QStringLiteral("json")});
        if (!o.error().isEmpty())
            return failWith(o.error());
        if (o.positional().size() != 1)
            return failWith(
                Text::tr("Name one file to import: hookdesk catalogue import FILE (a Hookdesk catalogue or "
                         "an OpenAPI 3.1 document with webhooks)."));
        QString error;
        const auto imported = CatalogueTransfer::importFile(ctx, o.positional().first(), &error);
        if (!imported)
            return failWith(error);
        if (o.has(QStringLiteral("json"))) {
            printJson(
                QJsonObject{{QStringLiteral("added"), QJsonArray::fromStringList(imported->added)},
                            {QStringLiteral("replaced"), QJsonArray::fromStringList(imported->replaced)}});
        } else {
            out() << Text::tr("Imported %1 event type(s): %2 new, %3 replaced.")
                         .arg(imported->added.size() + imported->replaced.size())
                         .arg(imported->added.size())
                         .arg(imported->replaced.size())
                  << Qt::endl;
            for (const QString& type : imported->added + imported->replaced)
                out() << "  " << type << Qt::endl;
        }
        return 0;
    }
    if (args.value(0) == QLatin1String("export")) {
        // The export is always the JSON catalogue format; --json is accepted like elsewhere.
        Options o(args.mid(1), {QStringLiteral("output")}, {QStringLiteral("json"), QStringLiteral("all")});
        if (!o.error().isEmpty() || !o.noPositional().isEmpty())
            return failWith(o.error().isEmpty() ? o.noPositional() : o.error());
        const QByteArray json = CatalogueTransfer::exportJson(ctx.catalogue(), o.has(QStringLiteral("all")));
        if (!o.has(QStringLiteral("output"))) {
            out() << QString::fromUtf8(json);
            out().flush();
            return 0;
        }
        QFile file(o.value(QStringLiteral("output")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size())
            return failWith(Text::tr("Could not write “%1”: %2.").arg(file.fileName(), file.errorString()));
        return 0;
    }
    if (args.value(0) != QLatin1String("list"))
        return failWith(
            Text::tr("Unknown catalogue command “%1”. Use list, import or export.").arg(args.value(0)));
    Options o(args.mid(1), {}, {QStringLiteral("json")});
    if (!o.error().isEmpty() || !o.noPositional().isEmpty())
        return failWith(o.error().isEmpty() ? o.noPositional() : o.error());
    QJsonArray a;
    QList<QStringList> rows;
    for (const EventType& t : ctx.catalogue().eventTypes()) {
        a.append(QJsonObject{{QStringLiteral("type"), t.type},
                             {QStringLiteral("title"), t.title},
                             {QStringLiteral("group"), t.groupPath()},
                             {QStringLiteral("itemName"), t.itemName},
                             {QStringLiteral("eventName"), t.eventName},
                             {QStringLiteral("platform"), t.platform},
                             {QStringLiteral("description"), t.description}});
        rows.append({t.type, t.groupPath(), t.itemName, t.eventName});
    }
    if (o.has(QStringLiteral("json")))
        printJson(a);
    else
        printTable({Text::tr("TYPE"), Text::tr("GROUP"), Text::tr("ITEM-NAME"), Text::tr("EVENT-NAME")},
                   rows);
    return 0;
}

int emitCommand(AppContext& ctx, const QStringList& args)
{
    Options o(
        args,
        {QStringLiteral("event"), QStringLiteral("payload"), QStringLiteral("urn"), QStringLiteral("id")},
        {});
    QString problem = o.error().isEmpty() ? o.require({QStringLiteral("event")}) : o.error();
    if (problem.isEmpty())
        problem = o.noPositional();
    if (!problem.isEmpty())
        return failWith(problem);
    QByteArray payload;
    if (o.has(QStringLiteral("payload"))) {
        const QString source = o.value(QStringLiteral("payload"));
        QFile file;
        const bool opened = source == QLatin1String("-")
                                ? file.open(stdin, QIODevice::ReadOnly)
                                : (file.setFileName(source), file.open(QIODevice::ReadOnly));
        if (!opened)
            return failWith(
                Text::tr("Could not read the payload file %1: %2.").arg(source, file.errorString()));
        payload = file.readAll();
        if (payload.isEmpty())
            return failWith(Text::tr("The payload in %1 is empty; it must be a JSON object.").arg(source));
    }
    QString error;
    if (o.has(QStringLiteral("id")) && o.value(QStringLiteral("id")).trimmed().isEmpty())
        return failWith(Text::tr("--id needs a key, e.g. --id order-1234-paid."));
    const auto raised =
        ctx.eventService().raise(o.value(QStringLiteral("event")), payload, o.value(QStringLiteral("urn")),
                                 o.value(QStringLiteral("id")), QStringLiteral("cli"), &error);
    if (!raised)
        return failWith(error);
    // The type's validation mode is "warn": raised, but the sender should hear about it.
    if (!ctx.eventService().lastWarning().isEmpty())
        err() << Text::tr("Warning: %1").arg(ctx.eventService().lastWarning()) << Qt::endl;
    if (raised->duplicate)
        err() << Text::tr("The key “%1” was already used by event %2: nothing new was created. Its jobs:")
                     .arg(raised->event.idempotencyKey, raised->event.id)
              << Qt::endl;
    else if (raised->jobIds.isEmpty())
        err() << (raised->event.urn.isEmpty()
                      ? Text::tr("Event %1 stored, but no enabled trigger matches %2: nothing will be sent.")
                            .arg(raised->event.id, raised->event.type)
                      : Text::tr(
                            "Event %1 stored, but no enabled trigger matches %2 at %3: nothing will be sent.")
                            .arg(raised->event.id, raised->event.type, raised->event.urn))
              << Qt::endl;
    for (const QString& id : raised->jobIds)
        out() << id << '\n';
    out().flush();
    return 0;
}

// `queue resend --status …`: every finished job that matches, in batches that each commit, so an
// interrupted run leaves the jobs already queued queued and the rest untouched.
int resendMatching(AppContext& ctx, const Options& o)
{
    if (!o.has(QStringLiteral("status")))
        return failWith(Text::tr("Say which jobs to resend with --status failed, exhausted or succeeded."));
    JobFilter filter;
    bool ok = false;
    const JobStatus status = jobStatusFromString(o.value(QStringLiteral("status")), &ok);
    if (!ok ||
        (status != JobStatus::Failed && status != JobStatus::Succeeded && status != JobStatus::Exhausted))
        return failWith(Text::tr("--status must be failed, exhausted or succeeded (only finished jobs can be "
                                 "resent), not “%1”.")
                            .arg(o.value(QStringLiteral("status"))));
    filter.statuses = JobFilter::statusesMeant(status);
    QString error;
    if (o.has(QStringLiteral("integration"))) {
        const auto integration = ctx.integrations().byName(o.value(QStringLiteral("integration")), &error);
        if (!integration)
            return failWith(error.isEmpty()
                                ? Text::tr("There is no integration named “%1”; nothing was resent.")
                                      .arg(o.value(QStringLiteral("integration")))
                                : error);
        filter.integrationId = integration->id;
    }
    filter.eventType = o.value(QStringLiteral("event"));
    for (const QString& name : {QStringLiteral("since"), QStringLiteral("until")}) {
        if (!o.has(name))
            continue;
        const QDateTime time = QDateTime::fromString(o.value(name), Qt::ISODateWithMs);
        if (!time.isValid())
            return failWith(Text::tr("--%1 must be an ISO 8601 time such as 2024-03-04T09:00:00Z, not “%2”.")
                                .arg(name, o.value(name)));
        (name == QLatin1String("since") ? filter.since : filter.until) = time.toMSecsSinceEpoch();
    }
    JobQuery query(ctx.database());
    const qint64 total = query.countResendable(filter, &error);
    if (total < 0)
        return failWith(error);
    if (o.has(QStringLiteral("dry-run"))) {
        out() << Text::tr("%n job(s) match; nothing was resent (dry run).", nullptr, int(total)) << Qt::endl;
        return 0;
    }
    out() << Text::tr("%n job(s) match.", nullptr, int(total)) << Qt::endl;
    std::optional<JobKey> cursor;
    qint64 done = 0;
    bool last = total == 0;
    while (!last) {
        const int queued = query.resendBatch(filter, &cursor, 1000, &last, &error);
        if (queued < 0)
            return failWith(Text::tr("%1 %2 of %3 jobs were queued before the failure and stay queued.")
                                .arg(error)
                                .arg(done)
                                .arg(total));
        done += queued;
        if (queued > 0)
            out() << Text::tr("Queued %1 of %2…").arg(done).arg(total) << Qt::endl;
    }
    out() << Text::tr("Queued %n job(s) for resending.", nullptr, int(done)) << Qt::endl;
    return 0;
}

int queueCommand(AppContext& ctx, const QStringList& args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("list")) {
        Options o(rest, {QStringLiteral("status"), QStringLiteral("limit")}, {QStringLiteral("json")});
        if (!o.error().isEmpty() || !o.noPositional().isEmpty())
            return failWith(o.error().isEmpty() ? o.noPositional() : o.error());
        JobStore::Filter filter;
        filter.limit = 1000;
        if (o.has(QStringLiteral("status"))) {
            bool ok = false;
            filter.status = jobStatusFromString(o.value(QStringLiteral("status")), &ok);
            if (!ok)
                return failWith(
                    Text::tr("--status must be pending, sending, succeeded, failed or exhausted, not “%1”.")
                        .arg(o.value(QStringLiteral("status"))));
        }
        if (o.has(QStringLiteral("limit"))) {
            bool ok = false;
            filter.limit = o.value(QStringLiteral("limit")).toInt(&ok);
            if (!ok || filter.limit < 1)
                return failWith(Text::tr("--limit must be a whole number of jobs, 1 or more, not “%1”.")
                                    .arg(o.value(QStringLiteral("limit"))));
        }
        QString error;
        const QList<DeliveryJob> jobs = ctx.jobs().list(filter, &error);
        if (!error.isEmpty())
            return failWith(error);
        if (o.has(QStringLiteral("json"))) {
            QJsonArray a;
            for (const DeliveryJob& j : jobs)
                a.append(jobJson(j));
            printJson(a);
        } else {
            QList<QStringList> rows;
            for (const DeliveryJob& j : jobs)
                rows.append({j.id,
                             QDateTime::fromMSecsSinceEpoch(j.createdAt)
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                             j.eventType, j.integrationName, jobStatusToString(j.status),
                             j.lastHttpStatus ? QString::number(j.lastHttpStatus) : QStringLiteral("-"),
                             QString::number(j.attempts), j.lastError});
            printTable({Text::tr("ID"), Text::tr("CREATED"), Text::tr("EVENT"), Text::tr("INTEGRATION"),
                        Text::tr("STATUS"), Text::tr("HTTP"), Text::tr("ATTEMPTS"), Text::tr("LAST ERROR")},
                       rows);
        }
        return 0;
    }
    if (verb == QLatin1String("show")) {
        Options o(rest, {}, {QStringLiteral("json")});
        if (!o.error().isEmpty())
            return failWith(o.error());
        if (o.positional().size() != 1)
            return failWith(Text::tr("Name one job: hookdesk queue show JOB_ID"));
        QString error;
        const std::optional<DeliveryJob> j = ctx.jobs().job(o.positional().first(), &error);
        if (!j)
            return failWith(error.isEmpty() ? Text::tr("There is no job %1.").arg(o.positional().first())
                                            : error);
        const QList<Attempt> attempts = ctx.jobs().attempts(j->id, &error);
        QJsonObject job = jobJson(*j);
        job.insert(QStringLiteral("payload"), JobExporter::bodyJson(j->payload));
        QJsonArray matched;
        for (const qint64 id : ctx.jobs().matchedTriggers(j->id))
            matched.append(id);
        job.insert(QStringLiteral("triggers"), matched);
        QJsonArray list;
        for (const Attempt& a : attempts)
            list.append(JobExporter::attemptJson(a));
        job.insert(QStringLiteral("attemptList"), list);
        if (o.has(QStringLiteral("json"))) {
            printJson(job);
            return 0;
        }
        QTextStream& s = out();
        s << Text::tr("Job %1").arg(j->id) << '\n'
          << Text::tr("  Event:       %1 (%2)").arg(j->eventType, j->eventId) << '\n'
          << Text::tr("  Integration: %1").arg(j->integrationName) << '\n'
          << Text::tr("  URL:         %1").arg(j->url) << '\n'
          << Text::tr("  Triggers:    %1").arg(triggerList(ctx.jobs().matchedTriggers(j->id))) << '\n'
          << Text::tr("  Status:      %1").arg(jobStatusLabel(j->status)) << '\n';
        if (hasNextAttempt(*j))
            s << Text::tr("  Next try:    %1").arg(JobExporter::isoTime(j->nextAttemptAt)) << '\n';
        s << Text::tr("  Payload:     %1").arg(QString::fromUtf8(j->payload)) << '\n';
        for (const Attempt& a : attempts) {
            s << Text::tr("  Attempt %1 (%2) at %3, %4 ms: ")
                     .arg(a.number)
                     .arg(a.kind, JobExporter::isoTime(a.startedAt))
                     .arg(a.durationMs)
              << (a.error.isEmpty() ? Text::tr("HTTP %1").arg(a.responseStatus) : a.error) << '\n';
        }
        s.flush();
        return 0;
    }
    if (verb == QLatin1String("resend")) {
        Options o(rest,
                  {QStringLiteral("status"), QStringLiteral("integration"), QStringLiteral("event"),
                   QStringLiteral("since"), QStringLiteral("until")},
                  {QStringLiteral("dry-run")});
        if (!o.error().isEmpty())
            return failWith(o.error());
        if (o.has(QStringLiteral("status")) || o.has(QStringLiteral("integration")) ||
            o.has(QStringLiteral("event")) || o.has(QStringLiteral("since")) ||
            o.has(QStringLiteral("until")) || o.has(QStringLiteral("dry-run"))) {
            if (!o.positional().isEmpty())
                return failWith(Text::tr("Give either job ids or a filter (--status …), not both."));
            return resendMatching(ctx, o);
        }
        if (rest.isEmpty())
            return failWith(Text::tr("Name the jobs to resend: hookdesk queue resend JOB_ID…"));
        QString error;
        for (const QString& id : rest) {
            const std::optional<DeliveryJob> j = ctx.jobs().job(id, &error);
            if (!j)
                return failWith(error.isEmpty() ? Text::tr("There is no job %1; nothing was resent.").arg(id)
                                                : error);
            if (j->status == JobStatus::Pending || j->status == JobStatus::Sending)
                return failWith(Text::tr("Job %1 is still %2; nothing was resent.")
                                    .arg(id, jobStatusToString(j->status)));
        }
        const int queued = ctx.jobs().resend(rest, &error);
        if (!error.isEmpty())
            return failWith(error);
        out() << Text::tr("Queued %n job(s) for resending.", nullptr, queued) << Qt::endl;
        return 0;
    }
    return failWith(Text::tr("Unknown queue command “%1”. Use list, show or resend.").arg(verb));
}

int ingestKeyCommand(AppContext& ctx, const QStringList& args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("list")) {
        Options o(rest, {}, {QStringLiteral("json")});
        if (!o.error().isEmpty() || !o.noPositional().isEmpty())
            return failWith(o.error().isEmpty() ? o.noPositional() : o.error());
        QString error;
        const QList<IngestKey> keys = ctx.ingestKeys().all(&error);
        if (!error.isEmpty())
            return failWith(error);
        if (o.has(QStringLiteral("json"))) {
            QJsonArray a;
            for (const IngestKey& k : keys)
                a.append(QJsonObject{{QStringLiteral("id"), k.id},
                                     {QStringLiteral("name"), k.name},
                                     {QStringLiteral("createdAt"), JobExporter::isoTime(k.createdAt)}});
            printJson(a);
        } else {
            QList<QStringList> rows;
            for (const IngestKey& k : keys)
                rows.append({QString::number(k.id), k.name, JobExporter::isoTime(k.createdAt)});
            printTable({Text::tr("ID"), Text::tr("NAME"), Text::tr("CREATED")}, rows);
        }
        return 0;
    }
    if (verb == QLatin1String("create") || verb == QLatin1String("delete")) {
        Options o(rest, {}, {});
        if (!o.error().isEmpty())
            return failWith(o.error());
        if (o.positional().size() != 1)
            return failWith(Text::tr("Name one ingest key: hookdesk ingest-key %1 NAME").arg(verb));
        const QString name = o.positional().first();
        if (verb == QLatin1String("create"))
            return runAsync([&](std::function<void(int)> finish) {
                ctx.ingestKeyService().create(name, [finish, name](bool ok, const QString& error,
                                                                   const QString& key) {
                    if (!ok) {
                        finish(failWith(error));
                        return;
                    }
                    err() << Text::tr("Ingest key “%1” created. It is shown only now; give it to the program "
                                      "that posts events, as “Authorization: Bearer <key>”:")
                                 .arg(name)
                          << Qt::endl;
                    out() << key << Qt::endl;
                    finish(0);
                });
            });
        return runAsync([&](std::function<void(int)> finish) {
            ctx.ingestKeyService().remove(name, [finish, name](bool ok, const QString& error) {
                if (!ok) {
                    finish(failWith(error));
                    return;
                }
                out() << Text::tr("Ingest key “%1” deleted.").arg(name) << Qt::endl;
                finish(0);
            });
        });
    }
    return failWith(Text::tr("Unknown ingest-key command “%1”. Use create, list or delete.").arg(verb));
}

int serveCommand(AppContext& ctx, const QStringList& args)
{
    Options o(args, {QStringLiteral("ingest"), QStringLiteral("ingest-max-bytes")},
              {QStringLiteral("until-idle"), QStringLiteral("ingest-allow-remote")});
    if (!o.error().isEmpty() || !o.noPositional().isEmpty())
        return failWith(o.error().isEmpty() ? o.noPositional() : o.error());
    std::unique_ptr<IngestServer> ingest;
    if (o.has(QStringLiteral("ingest"))) {
        if (o.has(QStringLiteral("until-idle")))
            return failWith(Text::tr("--until-idle and --ingest do not go together: a server that accepts "
                                     "events is never idle."));
        QHostAddress address;
        quint16 port = 0;
        QString error;
        if (!IngestServer::parseAddress(o.value(QStringLiteral("ingest")), &address, &port, &error))
            return failWith(error);
        ingest = std::make_unique<IngestServer>(ctx.catalogue(), ctx.eventService(), ctx.ingestKeys());
        if (o.has(QStringLiteral("ingest-max-bytes"))) {
            bool valid = false;
            const qint64 limit = o.value(QStringLiteral("ingest-max-bytes")).toLongLong(&valid);
            if (!valid || limit < 1)
                return failWith(Text::tr("--ingest-max-bytes must be a number of bytes, 1 or more, not “%1”.")
                                    .arg(o.value(QStringLiteral("ingest-max-bytes"))));
            ingest->setMaxBodyBytes(limit);
        }
        if (!ingest->start(address, port, o.has(QStringLiteral("ingest-allow-remote")), &error))
            return failWith(error);
        err() << Text::tr("Accepting events at %1.").arg(ingest->endpoint()) << Qt::endl;
    } else if (o.has(QStringLiteral("ingest-max-bytes")) || o.has(QStringLiteral("ingest-allow-remote"))) {
        return failWith(Text::tr("--ingest-max-bytes and --ingest-allow-remote need --ingest ADDRESS:PORT."));
    }
    // On a thread of its own, so that the ingest endpoint on this one stays quick to answer.
    DispatcherThread dispatcher(ctx.database(), ctx.jobs(), ctx.integrations(), ctx.secrets());
    bool ok = true;
    if (qEnvironmentVariableIsSet("HOOKDESK_REQUEST_TIMEOUT_MS"))
        dispatcher.setRequestTimeout(qEnvironmentVariableIntValue("HOOKDESK_REQUEST_TIMEOUT_MS"));
    // A shorter lease lets the next start take over a killed sender's jobs sooner.
    if (qEnvironmentVariableIsSet("HOOKDESK_LEASE_MS")) {
        bool valid = false;
        const int leaseMs = qEnvironmentVariableIntValue("HOOKDESK_LEASE_MS", &valid);
        if (!valid || leaseMs < 1)
            return failWith(
                Text::tr("HOOKDESK_LEASE_MS must be a number of milliseconds, 1 or more, not “%1”.")
                    .arg(qEnvironmentVariable("HOOKDESK_LEASE_MS")));
        dispatcher.setLeaseDuration(leaseMs);
    }
    QObject::connect(&dispatcher, &DispatcherThread::attemptRecorded,
                     [](const QString& jobId, bool succeeded, int status, const QString& error) {
                         // From what the dispatcher reports: no query per job on this thread.
                         out() << jobId << (succeeded ? " delivered: " : " failed: ")
                               << (succeeded ? Text::tr("HTTP %1").arg(status) : error) << Qt::endl;
                     });
    QObject::connect(&dispatcher, &DispatcherThread::problem, [&ok](const QString& message) {
        ok = false;
        err() << "hookdesk: " << message << Qt::endl;
    });
    if (o.has(QStringLiteral("until-idle")))
        QObject::connect(&dispatcher, &DispatcherThread::idle,
                         [&ok]() { QCoreApplication::exit(ok ? 0 : 1); });
    else
        err() << Text::tr("Delivering from %1. Press Ctrl+C to stop.").arg(ctx.database().location())
              << Qt::endl;
    dispatcher.setPollInterval(500);
    // Rotated-out signing secrets leave the keychain once their overlap is over.
    QObject::connect(&ctx.integrationService(), &IntegrationService::problem,
                     [](const QString& message) { err() << "hookdesk: " << message << Qt::endl; });
    ctx.integrationService().keepForgettingExpiredSecrets();
    QString startError;
    if (!dispatcher.start(&startError))
        return failWith(startError);
    return QCoreApplication::exec();
}

} // namespace

QStringList CommandLine::extractDatabase(const QStringList& arguments, QString* database, QString* error)
{
    QStringList rest;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == QLatin1String("--database")) {
            if (i + 1 >= arguments.size()) {
                if (error)
                    *error = Text::tr("The option --database needs a file path or a postgresql:// address.");
                return {};
            }
            *database = arguments.at(++i);
        } else if (a.startsWith(QLatin1String("--database="))) {
            *database = a.mid(11);
        } else {
            rest.append(a);
        }
    }
    return rest;
}

bool CommandLine::isCommand(const QStringList& arguments)
{
    static const QStringList commands = {
        QStringLiteral("integration"), QStringLiteral("trigger"),  QStringLiteral("catalogue"),
        QStringLiteral("emit"),        QStringLiteral("queue"),    QStringLiteral("serve"),
        QStringLiteral("ingest-key"),  QStringLiteral("help"),     QStringLiteral("--help"),
        QStringLiteral("-h"),          QStringLiteral("--version")};
    // Any bare word counts: a mistyped command must fail with a message, not open the window.
    // Options such as -platform or -style still go to the GUI.
    return !arguments.isEmpty() &&
           (commands.contains(arguments.first()) || !arguments.first().startsWith(QLatin1Char('-')));
}

int CommandLine::run(const QStringList& arguments, const QString& database)
{
    const QString command = arguments.value(0);
    if (command == QLatin1String("help") || command == QLatin1String("--help") ||
        command == QLatin1String("-h")) {
        out() << Text::tr(kUsage);
        out().flush();
        return 0;
    }
    if (command == QLatin1String("--version")) {
        out() << "hookdesk " << HOOKDESK_VERSION << Qt::endl;
        return 0;
    }
    AppContext ctx;
    QString error;
    if (!ctx.open(database.isEmpty() ? Database::defaultLocation() : database, &error))
        return failWith(error);
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("integration"))
        return integrationCommand(ctx, rest);
    if (command == QLatin1String("trigger"))
        return triggerCommand(ctx, rest);
    if (command == QLatin1String("catalogue"))
        return catalogueCommand(ctx, rest);
    if (command == QLatin1String("emit"))
        return emitCommand(ctx, rest);
    if (command == QLatin1String("queue"))
        return queueCommand(ctx, rest);
    if (command == QLatin1String("serve"))
        return serveCommand(ctx, rest);
    if (command == QLatin1String("ingest-key"))
        return ingestKeyCommand(ctx, rest);
    return failWith(Text::tr("Unknown command “%1”. Run hookdesk --help for the list.").arg(command));
}

} // namespace hookdesk
