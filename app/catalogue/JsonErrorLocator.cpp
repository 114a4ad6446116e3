// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/JsonErrorLocator.h"

#include <QCoreApplication>

namespace hookdesk {

namespace {

// A struct rather than a free tr(): lupdate files the strings of free functions under the
// namespace, so only Q_DECLARE_TR_FUNCTIONS puts them in the context looked up at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hookdesk::JsonErrorLocator)
};

enum class Fault
{
    None,
    Empty,
    UnexpectedEnd,
    ExpectedValue,
    ExpectedName,
    TrailingComma,
    ExpectedColon,
    ExpectedCommaOrBrace,
    ExpectedCommaOrBracket,
    UnterminatedString,
    BadEscape,
    ControlCharacter,
    BadNumber,
    TrailingText,
    TooDeep,
};

QString faultReason(Fault fault)
{
    switch (fault) {
    case Fault::None:
        break;
    case Fault::Empty:
        return Text::tr("the file is empty");
    case Fault::UnexpectedEnd:
        return Text::tr("the file ends before the JSON is complete (a closing “}” or “]” may be missing)");
    case Fault::ExpectedValue:
        return Text::tr(
            "a value is expected here (text in double quotes, a number, true, false, null, an object or "
            "a list)");
    case Fault::ExpectedName:
        return Text::tr("a property name in double quotes is expected here");
    case Fault::TrailingComma:
        return Text::tr("a comma stands before a closing bracket; remove the extra comma");
    case Fault::ExpectedColon:
        return Text::tr("a colon “:” is expected after the property name");
    case Fault::ExpectedCommaOrBrace:
        return Text::tr("a comma “,” or a closing “}” is expected here; a comma is probably missing");
    case Fault::ExpectedCommaOrBracket:
        return Text::tr("a comma “,” or a closing “]” is expected here; a comma is probably missing");
    case Fault::UnterminatedString:
        return Text::tr("the text in double quotes that starts here is never closed");
    case Fault::BadEscape:
        return Text::tr("this backslash escape is not allowed in JSON");
    case Fault::ControlCharacter:
        return Text::tr(
            "a line break or other control character stands inside text in double quotes (a closing "
            "quote may be missing; write a line break inside text as \\n)");
    case Fault::BadNumber:
        return Text::tr("this number is not written the way JSON requires");
    case Fault::TrailingText:
        return Text::tr("more text follows the end of the JSON document");
    case Fault::TooDeep:
        return Text::tr("objects and lists are nested too deeply");
    }
    return {};
}

// A strict RFC 8259 reader that only records where the first fault is. It runs only after
// QJsonDocument has rejected the text, so its speed does not matter.
class Scanner
{
public:
    explicit Scanner(const QByteArray& data) : m_data(data) {}

    void run()
    {
        if (m_data.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
        skipSpace();
        if (atEnd()) {
            fail(Fault::Empty);
            return;
        }
        if (!value(0))
            return;
        skipSpace();
        if (!atEnd())
            fail(Fault::TrailingText);
    }

    Fault fault() const { return m_fault; }
    qsizetype faultOffset() const { return m_faultOffset; }

private:
    // Qt refuses deeper documents too; staying below its limit keeps the two readers in step.
    static constexpr int maxDepth = 1024;

    bool atEnd() const { return m_pos >= m_data.size(); }
    char current() const { return m_data.at(m_pos); }

    bool fail(Fault fault, qsizetype offset = -1)
    {
        m_fault = fault;
        m_faultOffset = offset < 0 ? m_pos : offset;
        return false;
    }

    void skipSpace()
    {
        while (!atEnd() && (current() == ' ' || current() == '\t' || current() == '\n' || current() == '\r'))
            ++m_pos;
    }

    bool value(int depth)
    {
        skipSpace();
        if (atEnd())
            return fail(Fault::UnexpectedEnd);
        switch (current()) {
        case '{':
            return object(depth + 1);
        case '[':
            return array(depth + 1);
        case '"':
            return string();
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            if (current() == '-' || (current() >= '0' && current() <= '9'))
                return number();
            return fail(Fault::ExpectedValue);
        }
    }

    bool object(int depth)
    {
        if (depth > maxDepth)
            return fail(Fault::TooDeep);
        ++m_pos;
        skipSpace();
        if (!atEnd() && current() == '}') {
            ++m_pos;
            return true;
        }
        bool afterComma = false;
        for (;;) {
            skipSpace();
            if (atEnd())
                return fail(Fault::UnexpectedEnd);
            if (current() != '"')
                return fail(afterComma && current() == '}' ? Fault::TrailingComma : Fault::ExpectedName);
            if (!string())
                return false;
            skipSpace();
            if (atEnd())
                return fail(Fault::UnexpectedEnd);
            if (current() != ':')
                return fail(Fault::ExpectedColon);
            ++m_pos;
            if (!value(depth))
                return false;
            skipSpace();
            if (atEnd())
                return fail(Fault::UnexpectedEnd);
            if (current() == '}') {
                ++m_pos;
                return true;
            }
            if (current() != ',')
                return fail(Fault::ExpectedCommaOrBrace);
            ++m_pos;
            afterComma = true;
        }
    }

    bool array(int depth)
    {
        if (depth > maxDepth)
            return fail(Fault::TooDeep);
        ++m_pos;
        skipSpace();
        if (!atEnd() && current() == ']') {
            ++m_pos;
            return true;
        }
        bool afterComma = false;
        for (;;) {
            skipSpace();
            if (afterComma && !atEnd() && current() == ']')
                return fail(Fault::TrailingComma);
            if (!value(depth))
                return false;
            skipSpace();
            if (atEnd())
                return fail(Fault::UnexpectedEnd);
            if (current() == ']') {
                ++m_pos;
                return true;
            }
            if (current() != ',')
                return fail(Fault::ExpectedCommaOrBracket);
            ++m_pos;
            afterComma = true;
        }
    }

    bool string()
    {
        const qsizetype start = m_pos;
        ++m_pos;
        while (!atEnd()) {
            const auto c = static_cast<unsigned char>(current());
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (c < 0x20)
                return fail(Fault::ControlCharacter);
            if (c == '\\') {
                ++m_pos;
                if (atEnd())
                    break;
                const char escape = current();
                if (escape == 'u') {
                    for (int i = 1; i <= 4; ++i) {
                        if (m_pos + i >= m_data.size() ||
                            !isxdigit(static_cast<unsigned char>(m_data.at(m_pos + i))))
                            return fail(Fault::BadEscape, m_pos - 1);
                    }
                    m_pos += 4;
                } else if (!QByteArrayView("\"\\/bfnrt").contains(escape)) {
                    return fail(Fault::BadEscape, m_pos - 1);
                }
            }
            ++m_pos;
        }
        return fail(Fault::UnterminatedString, start);
    }

    bool digits()
    {
        if (atEnd() || current() < '0' || current() > '9')
            return fail(Fault::BadNumber);
        while (!atEnd() && current() >= '0' && current() <= '9')
            ++m_pos;
        return true;
    }

    bool number()
    {
        const qsizetype start = m_pos;
        if (current() == '-')
            ++m_pos;
        if (!atEnd() && current() == '0')
            ++m_pos;
        else if (!digits())
            return fail(Fault::BadNumber, start);
        if (!atEnd() && current() == '.') {
            ++m_pos;
            if (!digits())
                return fail(Fault::BadNumber, start);
        }
        if (!atEnd() && (current() == 'e' || current() == 'E')) {
            ++m_pos;
            if (!atEnd() && (current() == '+' || current() == '-'))
                ++m_pos;
            if (!digits())
                return fail(Fault::BadNumber, start);
        }
        return true;
    }

    bool literal(const char* word)
    {
        const QByteArrayView expected(word);
        if (!QByteArrayView(m_data).sliced(m_pos).startsWith(expected))
            return fail(Fault::ExpectedValue);
        m_pos += expected.size();
        return true;
    }

    const QByteArray& m_data;
    qsizetype m_pos = 0;
    Fault m_fault = Fault::None;
    qsizetype m_faultOffset = 0;
};

} // namespace

JsonErrorLocator::Location JsonErrorLocator::locate(const QByteArray& json, const QJsonParseError& error)
{
    Location location;
    Scanner scanner(json);
    scanner.run();
    // The strict scan can only disagree with Qt where Qt is stricter (invalid UTF-8, a top-level
    // scalar, size limits); then Qt's own account is the best available.
    if (scanner.fault() != Fault::None) {
        location.offset = scanner.faultOffset();
        location.reason = faultReason(scanner.fault());
    } else {
        location.offset = qBound(qsizetype(0), qsizetype(error.offset), json.size());
        location.reason = error.errorString();
    }
    lineAndColumn(json, location.offset, &location.line, &location.column);
    return location;
}

void JsonErrorLocator::lineAndColumn(const QByteArray& json, qsizetype offset, int* line, int* column)
{
    offset = qBound(qsizetype(0), offset, json.size());
    int l = 1;
    int c = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(json.at(i));
        if (byte == '\n') {
            ++l;
            c = 1;
        } else if ((byte & 0xC0) != 0x80) {
            // UTF-8 continuation bytes belong to the character already counted.
            ++c;
        }
    }
    // The byte-order mark is invisible in editors, so it takes up no column.
    if (json.startsWith("\xEF\xBB\xBF") && l == 1 && offset >= 3)
        --c;
    if (line)
        *line = l;
    if (column)
        *column = c;
}

} // namespace hookdesk
